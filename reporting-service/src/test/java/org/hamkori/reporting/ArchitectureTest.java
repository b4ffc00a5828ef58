package org.hamkori.reporting;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.hamkori.testkit.HamkoriArchitecture;

/**
 * The layering of this module's README, as rules over its production classes (plain JUnit, no Quarkus). Reporting
 * has more floors than the other services, so it states its own layers: the read model is written from messaging and
 * read through repositories, and it never reaches back up to the consumers or the edge.
 */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = DoNotIncludeTests.class)
class ArchitectureTest {

    static final String BASE = "org.hamkori.reporting";

    /** The live event feed holds SSE streams, so {@code stream/} is part of the HTTP edge like {@code rest/}. */
    @ArchTest
    static final ArchRule onlyRestAndTheFeedKnowHttp = HamkoriArchitecture.httpOnlyIn(BASE, "rest", "stream");

    @ArchTest
    static final ArchRule layersPointDown = layeredArchitecture().consideringAllDependencies()
            .layer("Rest").definedBy(BASE + ".rest..")
            .layer("Stream").definedBy(BASE + ".stream..")
            .layer("Dhis2").definedBy(BASE + ".dhis2..")
            .layer("Metrics").definedBy(BASE + ".metrics..")
            .layer("Messaging").definedBy(BASE + ".messaging..")
            .layer("Service").definedBy(BASE + ".service..")
            .layer("ReadModel").definedBy(BASE + ".readmodel..")
            .layer("Repository").definedBy(BASE + ".repository..")
            .layer("Domain").definedBy(BASE)
            .whereLayer("Rest").mayNotBeAccessedByAnyLayer()
            .whereLayer("Metrics").mayNotBeAccessedByAnyLayer()
            .whereLayer("Stream").mayOnlyBeAccessedByLayers("Rest")
            .whereLayer("Dhis2").mayOnlyBeAccessedByLayers("Rest")
            .whereLayer("Messaging").mayOnlyBeAccessedByLayers("Stream", "Metrics")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Rest", "Dhis2")
            .whereLayer("ReadModel").mayOnlyBeAccessedByLayers("Rest", "Service", "Messaging", "Metrics")
            .whereLayer("Repository").mayOnlyBeAccessedByLayers("Rest", "Service", "Dhis2", "ReadModel")
            .as("the layers of " + BASE + " point down: rest → service → read model → repository → the values at "
                    + "the root; messaging → read model; the feed and the metrics read the topics through messaging");

    @ArchTest
    static final ArchRule noPackageCycles = HamkoriArchitecture.noPackageCycles(BASE);

    @ArchTest
    static final ArchRule onlyServicesAndRepositoriesQueryTheDatabase =
            HamkoriArchitecture.onlyServicesAndRepositoriesQueryTheDatabase(BASE);

    @ArchTest
    static final ArchRule publishesNoDomainEvents = HamkoriArchitecture.publishesNoDomainEvents(BASE);
}
