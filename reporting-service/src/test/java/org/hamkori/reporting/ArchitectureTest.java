package org.hamkori.reporting;

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
    static final ArchRule layersPointDown = HamkoriArchitecture.layersOf(BASE, "rest", "stream", "dhis2", "metrics",
                    "messaging", "service", "readmodel", "repository")
            .whereLayer("rest").mayNotBeAccessedByAnyLayer()
            .whereLayer("metrics").mayNotBeAccessedByAnyLayer()
            .whereLayer("stream").mayOnlyBeAccessedByLayers("rest")
            .whereLayer("dhis2").mayOnlyBeAccessedByLayers("rest")
            .whereLayer("messaging").mayOnlyBeAccessedByLayers("stream", "metrics")
            .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "dhis2")
            .whereLayer("readmodel").mayOnlyBeAccessedByLayers("rest", "service", "messaging", "metrics")
            .whereLayer("repository").mayOnlyBeAccessedByLayers("rest", "service", "dhis2", "readmodel")
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
