package org.hamkori.replica;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The README's rules over the replica's production classes (plain JUnit, no Quarkus). */
@AnalyzeClasses(packages = "org.hamkori.replica", importOptions = DoNotIncludeTests.class)
class ArchitectureTest {

    /** It learns about centres from {@code centers.events} only. */
    @ArchTest
    static final ArchRule callsNoServiceOverHttp = noClasses().should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ws.rs..", "java.net.http..", "io.vertx.core.http..", "org.eclipse.microprofile.rest.client..")
            .as("the centre replica calls no service over HTTP");

    @ArchTest
    static final ArchRule publishesNothing = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.hamkori.kit.outbox..")
            .as("the centre replica publishes no events");
}
