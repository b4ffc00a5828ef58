package org.hamkori.groups;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.hamkori.testkit.HamkoriArchitecture;

/** The layering of this module's README, as rules over its production classes (plain JUnit, no Quarkus). */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = DoNotIncludeTests.class)
class ArchitectureTest {

    static final String BASE = "org.hamkori.groups";

    @ArchTest
    static final ArchRule onlyRestKnowsHttp = HamkoriArchitecture.httpOnlyIn(BASE, "rest");

    @ArchTest
    static final ArchRule layersPointDown = HamkoriArchitecture.layers(BASE);

    @ArchTest
    static final ArchRule noPackageCycles = HamkoriArchitecture.noPackageCycles(BASE);

    @ArchTest
    static final ArchRule onlyServicesAndRepositoriesQueryTheDatabase =
            HamkoriArchitecture.onlyServicesAndRepositoriesQueryTheDatabase(BASE);
}
