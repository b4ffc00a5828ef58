package org.hamkori.scenario;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The README's rule over the loader's classes (plain JUnit): it loads through the public HTTP APIs only. */
@AnalyzeClasses(packages = "org.hamkori.scenario", importOptions = DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule loadsThroughTheApisOnly = noClasses().should().dependOnClassesThat().resideInAnyPackage(
                    "java.sql..", "javax.sql..", "jakarta.persistence..", "org.hibernate..", "org.postgresql..",
                    "org.apache.kafka..", "io.smallrye.reactive.messaging..")
            .as("the scenario loader writes to no database or topic directly: it goes through the services' APIs");
}
