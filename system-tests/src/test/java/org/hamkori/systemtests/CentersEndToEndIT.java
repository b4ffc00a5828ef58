package org.hamkori.systemtests;

import static org.hamkori.systemtests.Programme.openCenter;
import static org.hamkori.systemtests.Programme.registerCenter;
import static org.hamkori.systemtests.Programme.transition;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Centres registered and opened through centers-service reach reporting-service's read model over Kafka. */
class CentersEndToEndIT {

    static final List<String> JUNE_2021_OPENINGS = List.of("KHATLON.QUBODIYON", "KHATLON.JAYHUN", "KHATLON.FARKHOR",
            "SUGHD.ISTARAVSHAN", "SUGHD.ISFARA");

    @BeforeAll
    static void startSuite() {
        Suite.ensureRunning();
    }

    @Test
    void theJune2021OpeningsAndTheirNeighboursShowInTheReportsExactly() {
        Programme.Reports before = Programme.settledReports();
        ExpectedFigures expected = new ExpectedFigures();

        for (String district : JUNE_2021_OPENINGS) {
            openCenter(district, "NEW_BUILD", "2021-06-21");
            expected.add(district, "centers.total", 1).add(district, "centers.open", 1)
                    .add(district, "centers.newBuild", 1);
        }
        registerCenter("KHATLON.FARKHOR", "NEW_BUILD");
        expected.add("KHATLON.FARKHOR", "centers.total", 1).add("KHATLON.FARKHOR", "centers.newBuild", 1);

        String renovated = openCenter("SUGHD.ISFARA", "RENOVATION", "2015-05-01");
        transition(renovated, "renovation", Map.of("startedOn", "2020-01-10"));
        transition(renovated, "renovation/completion", Map.of("completedOn", "2020-06-01",
                "fundingPartners", List.of("SAFERWORLD")));
        expected.add("SUGHD.ISFARA", "centers.total", 1).add("SUGHD.ISFARA", "centers.open", 1)
                .add("SUGHD.ISFARA", "centers.renovated", 1).add("SUGHD.ISFARA", "centers.renovationsCompleted", 1);

        String renovating = openCenter("KHATLON.JAYHUN", "RENOVATION", "2012-09-01");
        transition(renovating, "renovation", Map.of("startedOn", "2023-03-01"));
        expected.add("KHATLON.JAYHUN", "centers.total", 1).add("KHATLON.JAYHUN", "centers.underRenovation", 1)
                .add("KHATLON.JAYHUN", "centers.renovated", 1).unchanged("KHATLON.JAYHUN", "centers.renovationsCompleted");

        String closed = openCenter("SUGHD.ISTARAVSHAN", "NEW_BUILD", "2011-04-01");
        transition(closed, "closure", Map.of("closedOn", "2019-12-31", "reason", "Merged with the city centre"));
        expected.add("SUGHD.ISTARAVSHAN", "centers.total", 1).add("SUGHD.ISTARAVSHAN", "centers.closed", 1)
                .add("SUGHD.ISTARAVSHAN", "centers.newBuild", 1);

        expected.awaitReachedFrom(before, Duration.ofSeconds(90));
    }
}
