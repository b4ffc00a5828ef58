package org.hamkori.systemtests;

import static org.hamkori.systemtests.Programme.as;
import static org.hamkori.systemtests.Programme.openCenter;
import static org.hamkori.systemtests.Programme.registerCenter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hamkori.testkit.ConsumerLag;
import org.hamkori.testkit.DatabaseOutage;
import org.hamkori.testkit.Eventually;
import org.hamkori.testkit.PublishedEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database that goes away and comes back delays events; it never loses one, never dead-letters one and needs
 * no restart of any service (SPEC §9: a failure that passes never dead-letters an event).
 */
class DatabaseOutageIT {

    /**
     * How long a consumer's database stays away at the least: its retries back off from 0.1 s, doubling (service-kit's
     * TransientRetry), so six seconds hold several of them.
     */
    private static final Duration OUTAGE = Duration.ofSeconds(6);
    private static final Duration NOT_READY_WITHIN = Duration.ofSeconds(60);
    private static final Duration RECOVERS_WITHIN = Duration.ofSeconds(180);
    private static final List<String> DISTRICTS = List.of("KHATLON.QUBODIYON", "KHATLON.JAYHUN", "SUGHD.ISFARA");
    private static final String OPENED_ON = "2021-06-21";
    private static final String COURSE = "OUTAGE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @BeforeAll
    static void startSuite() {
        Suite.ensureRunning();
        assertEquals(201, Programme.courseRequest(COURSE).statusCode());
    }

    @ParameterizedTest
    @EnumSource(names = {"GROUPS", "TRAINING", "REPORTING"})
    void centersOpenedWhileAConsumersDatabaseRefusesConnectionsAreAllAppliedOnceItIsBack(Suite.Service consumer) {
        Programme.Reports before = Programme.settledReports();
        DeadLetters deadLetters = DeadLetters.now();
        ExpectedFigures expected = new ExpectedFigures();
        List<String> centers = new ArrayList<>();

        try (DatabaseOutage outage = DatabaseOutage.begin(consumer.database())) {
            for (int i = 0; i < 24; i++) {
                String district = DISTRICTS.get(i % DISTRICTS.size());
                centers.add(openCenter(district, "NEW_BUILD", OPENED_ON));
                expected.add(district, "centers.total", 1).add(district, "centers.open", 1)
                        .add(district, "centers.newBuild", 1);
            }
            Eventually.until(consumer.directory + " reports itself not ready while its database is away",
                    NOT_READY_WITHIN, () -> !Suite.ready(consumer));
            outage.lastAtLeast(OUTAGE);
        }

        Eventually.until(consumer.directory + " is ready again by itself", RECOVERS_WITHIN, () -> Suite.ready(consumer));
        expected.awaitReachedFrom(before, RECOVERS_WITHIN);
        acceptedAsOpenByGroupsAndTraining(centers);
        deadLetters.assertNothingNew();
    }

    @Test
    void whileTheDatabaseServerIsDownWritesAnswer503AndEverythingConvergesOnceItIsBack() throws Exception {
        Programme.Reports before = Programme.settledReports();
        DeadLetters deadLetters = DeadLetters.now();
        ExpectedFigures expected = new ExpectedFigures();
        List<String> centers = new ArrayList<>();
        String registeredBeforeTheCrash = registerCenter("SUGHD.ISTARAVSHAN", "RENOVATION");
        expected.add("SUGHD.ISTARAVSHAN", "centers.total", 1).add("SUGHD.ISTARAVSHAN", "centers.open", 1)
                .add("SUGHD.ISTARAVSHAN", "centers.renovated", 1);
        // Everything so far reaches the disk: the local cluster commits asynchronously for speed, and this test
        // is about the services' behaviour, not about that setting (production keeps synchronous_commit on).
        Programme.settledReports();
        Database.checkpoint();

        Database.crash();
        try {
            for (Response refused : List.of(
                    Programme.registerCenterRequest("SUGHD.ISTARAVSHAN", "NEW_BUILD"),
                    as("coordinator", Suite.Service.CENTERS).body(Map.of("openedOn", OPENED_ON))
                            .post("/centers/{id}/opening", registeredBeforeTheCrash),
                    Programme.courseRequest("DOWN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase()),
                    Programme.formGroupRequest(UUID.randomUUID()))) {
                assertEquals(503, refused.statusCode(), refused.asString());
                assertEquals("application/problem+json", refused.contentType().split(";")[0]);
                assertTrue(refused.header("Retry-After") != null, "a 503 says when to retry");
            }
        } finally {
            Database.start();
        }

        Eventually.until("centers-service accepts writes again without a restart", RECOVERS_WITHIN, () ->
                as("coordinator", Suite.Service.CENTERS).body(Map.of("openedOn", OPENED_ON))
                        .post("/centers/{id}/opening", registeredBeforeTheCrash).statusCode() == 200);
        centers.add(registeredBeforeTheCrash);
        for (int i = 0; i < 6; i++) {
            String district = DISTRICTS.get(i % DISTRICTS.size());
            centers.add(openCenter(district, "NEW_BUILD", OPENED_ON));
            expected.add(district, "centers.total", 1).add(district, "centers.open", 1)
                    .add(district, "centers.newBuild", 1);
        }
        for (Suite.Service service : List.of(Suite.Service.GROUPS, Suite.Service.TRAINING, Suite.Service.REPORTING)) {
            Eventually.until(service.directory + " is ready again by itself", RECOVERS_WITHIN,
                    () -> Suite.ready(service));
        }
        expected.awaitReachedFrom(before, RECOVERS_WITHIN);
        acceptedAsOpenByGroupsAndTraining(centers);
        deadLetters.assertNothingNew();
    }

    /** groups-service and training-service learnt of every centre's opening: a group and a session are accepted. */
    private static void acceptedAsOpenByGroupsAndTraining(List<String> centers) {
        ConsumerLag.awaitCaughtUp("groups-service", List.of("centers.events"), RECOVERS_WITHIN);
        ConsumerLag.awaitCaughtUp("training-service", List.of("centers.events"), RECOVERS_WITHIN);
        for (String center : centers) {
            Response group = Programme.formGroupRequest(UUID.fromString(center));
            assertEquals(201, group.statusCode(), "a group at centre " + center + ": " + group.asString());
            Response session = Programme.scheduleSessionRequest(COURSE, UUID.fromString(center));
            assertEquals(201, session.statusCode(), "a session at centre " + center + ": " + session.asString());
        }
    }

    /** The dead-letter topics' sizes at one moment, to show that nothing was added since. */
    private record DeadLetters(Map<String, Integer> sizes) {

        static final List<String> TOPICS = List.of("groups.dead-letter", "training.dead-letter",
                "reporting.dead-letter");

        static DeadLetters now() {
            Map<String, Integer> sizes = new TreeMap<>();
            TOPICS.forEach(topic -> sizes.put(topic, PublishedEvents.all(topic).size()));
            return new DeadLetters(sizes);
        }

        void assertNothingNew() {
            assertEquals(sizes, now().sizes(), "no event was dead-lettered");
        }
    }
}
