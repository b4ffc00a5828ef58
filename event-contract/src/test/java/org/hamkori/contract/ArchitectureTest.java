package org.hamkori.contract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The README's rule that the published language is plain Java every module and partner can read (plain JUnit). Every
 * other module depends on this one, so its rules are stated here rather than through {@code HamkoriArchitecture}.
 */
@AnalyzeClasses(packages = "org.hamkori.contract", importOptions = DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule plainJava = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "com.fasterxml.jackson..", "org.hamkori.contract..")
            .as("the event contract is plain Java with Jackson: no Quarkus, database, Kafka or other module");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.hamkori.contract.(*)..").should().beFreeOfCycles();
}
