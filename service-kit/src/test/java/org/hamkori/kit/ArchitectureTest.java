package org.hamkori.kit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The kit's README in rules over its production classes (plain JUnit, no Quarkus). The kit is built before the test
 * kit, so it states its rules here rather than through {@code HamkoriArchitecture}.
 */
@AnalyzeClasses(packages = "org.hamkori.kit", importOptions = DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.hamkori.kit.(*)..").should().beFreeOfCycles();

    /** Aggregates use {@code kit/domain}, so it holds plain Java only: no HTTP, no persistence, no other kit package. */
    @ArchTest
    static final ArchRule domainIsPlainJava = classes().that().resideInAPackage("org.hamkori.kit.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.hamkori.kit.domain..")
            .as("kit/domain depends on plain Java only, so that aggregates can use it");

    /** The HTTP edge's problem mapping sits above the domain, not beside the messaging machinery. */
    @ArchTest
    static final ArchRule problemMappingKnowsNoMessaging = noClasses().that().resideInAPackage("org.hamkori.kit.problem..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hamkori.kit.inbox..", "org.hamkori.kit.outbox..",
                    "org.hamkori.kit.deadletter..", "org.hamkori.kit.kafka..", "org.apache.kafka..")
            .as("kit/problem (the HTTP edge) depends on no messaging package");

    @ArchTest
    static final ArchRule knowsNoService = noClasses().should().dependOnClassesThat().resideInAnyPackage(
                    "org.hamkori.centers..", "org.hamkori.groups..", "org.hamkori.training..",
                    "org.hamkori.reporting..", "org.hamkori.webhooks..", "org.hamkori.replica..",
                    "org.hamkori.contract.centers..", "org.hamkori.contract.groups..", "org.hamkori.contract.training..")
            .as("the kit knows no one service's aggregates or events");
}
