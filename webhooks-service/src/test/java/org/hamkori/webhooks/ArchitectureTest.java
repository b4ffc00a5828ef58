package org.hamkori.webhooks;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.hamkori.testkit.HamkoriArchitecture;
import org.hamkori.testkit.shared.StandardServiceArchitecture;

/** The layering of this module's README, as rules over its production classes (plain JUnit, no Quarkus). */
@AnalyzeClasses(packagesOf = ArchitectureTest.class, importOptions = DoNotIncludeTests.class)
class ArchitectureTest extends StandardServiceArchitecture {

    @ArchTest
    static final ArchRule publishesNoDomainEvents =
            HamkoriArchitecture.publishesNoDomainEvents(ArchitectureTest.class.getPackageName());
}
