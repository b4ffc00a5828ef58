package org.hamkori.systemtests;

import static org.hamkori.systemtests.Programme.openCenter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.hamkori.testkit.PublishedEvents;
import org.hamkori.testkit.PublishedEvents.Published;
import org.hamkori.testkit.TestEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Nothing is lost and nothing is counted twice when Kafka stops, a consumer crashes, or the topic misbehaves. */
class FaultToleranceIT {

    @BeforeAll
    static void startSuite() {
        Suite.ensureRunning();
    }

    @Test
    void centersOpenedWhileKafkaIsDownReachTheReportsOnceItIsBack() throws Exception {
        Programme.Reports before = Programme.settledReports();
        ExpectedFigures expected = new ExpectedFigures();

        Suite.kafka("down");
        try {
            for (String district : List.of("KHATLON.QUBODIYON", "SUGHD.ISFARA", "KHATLON.FARKHOR")) {
                openCenter(district, "NEW_BUILD", "2021-06-21");
                expected.add(district, "centers.total", 1).add(district, "centers.open", 1);
            }
        } finally {
            Suite.kafka("up");
        }

        expected.awaitReachedFrom(before, Duration.ofSeconds(120));
    }

    @Test
    void reportingKilledMidStreamCountsEveryEventExactlyOnceAfterRestart() throws Exception {
        Programme.Reports before = Programme.settledReports();
        ExpectedFigures expected = new ExpectedFigures();
        List<String> districts = List.of("KHATLON.JAYHUN", "SUGHD.ISTARAVSHAN");

        for (int i = 0; i < 24; i++) {
            String district = districts.get(i % districts.size());
            openCenter(district, i % 3 == 0 ? "RENOVATION" : "NEW_BUILD", "2020-0" + (1 + i % 9) + "-15");
            expected.add(district, "centers.total", 1).add(district, "centers.open", 1);
            if (i == 8) {
                Suite.kill(Suite.Service.REPORTING);
            }
        }
        Suite.restart(Suite.Service.REPORTING);

        expected.awaitReachedFrom(before, Duration.ofSeconds(120));
    }

    @Test
    void aDuplicatedEventAndAMalformedRecordLeaveTheFiguresUnchanged() {
        String center = openCenter("KHATLON.QUBODIYON", "NEW_BUILD", "2021-06-21");
        Published opened = PublishedEvents.await("centers.events", r -> center.equals(r.key())
                && "org.hamkori.centers.CenterOpened.v1".equals(r.header("ce_type")), 1, Duration.ofSeconds(60)).get(0);
        Programme.Reports before = Programme.settledReports();

        UUID malformedKey = UUID.randomUUID();
        try (TestEvents events = new TestEvents()) {
            events.sendRaw("centers.events", opened.key(), opened.headers(),
                    opened.payload().getBytes(StandardCharsets.UTF_8));
            events.sendRaw("centers.events", malformedKey.toString(), TestEvents.headers(UUID.randomUUID(),
                            "org.hamkori.centers.CenterOpened.v1", "/hamkori/centers-service", malformedKey, 1),
                    "{\"centerId\": 42".getBytes(StandardCharsets.UTF_8));
        }

        Programme.Reports after = Programme.settledReports();
        for (String figure : List.of("centers.total", "centers.open", "centers.newBuild")) {
            assertEquals(before.overall(figure), after.overall(figure), figure);
            assertEquals(before.district("KHATLON.QUBODIYON", figure), after.district("KHATLON.QUBODIYON", figure),
                    figure);
        }
        Published deadLetter = PublishedEvents.await("reporting.dead-letter",
                r -> malformedKey.toString().equals(r.key()), 1, Duration.ofSeconds(60)).get(0);
        assertNotNull(deadLetter.header("dead-letter-reason"), "the dead letter says why");
    }
}
