package org.hamkori.centers;

import static org.hamkori.centers.CentersApi.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.hamkori.centers.OutboxRows.Row;
import org.hamkori.kit.outbox.OutboxRelay;
import org.hamkori.testkit.ContractAssertions;
import org.hamkori.testkit.Eventually;
import org.hamkori.testkit.PublishedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay under failure: an aggregate's events reach the topic in order whatever fails, and an event that can
 * never be sent is parked rather than holding everything behind it. Rows go to topics of their own, so nothing
 * here reaches the consumers of centers.events.
 */
@QuarkusTest
@TestProfile(RelayLimitsProfile.class)
class OutboxRelayFailuresTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final Path ROOT = Path.of(System.getProperty("hamkori.root", "..")).toAbsolutePath().normalize();

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxRelay relay;

    @Inject
    MeterRegistry metrics;

    private OutboxRows outbox;

    @BeforeEach
    void rows() {
        outbox = new OutboxRows(entityManager);
    }

    @Test
    void whileTheBrokerIsDownAnAggregatesLaterEventsWaitAndThenFollowInOrder() throws Exception {
        String topic = newTopic("outbox-order");
        UUID center = UUID.randomUUID();
        Row first = Row.of(topic, center, 0, "{\"step\":0}");
        publish(List.of(first));
        Eventually.until("the first event published", WITHIN, () -> outbox.isPublished(first.id()));

        Row second = Row.of(topic, center, 1, "{\"step\":1}");
        Row third = Row.of(topic, center, 2, "{\"step\":2}");
        double failedBefore = transientFailures();
        kafka("down");
        try {
            publish(List.of(second, third));
            Eventually.until("the relay failed twice with the broker down", WITHIN,
                    () -> transientFailures() >= failedBefore + 2);
            assertFalse(outbox.isPublished(second.id()), "not acknowledged, so not marked published");
            assertFalse(outbox.isPublished(third.id()), "waits for the event before it");
        } finally {
            kafka("up");
        }

        Eventually.until("both events published once the broker is back", WITHIN,
                () -> outbox.isPublished(second.id()) && outbox.isPublished(third.id()));
        List<Long> sequences = sequencesOn(topic, center);
        assertEquals(sequences.stream().sorted().toList(), sequences,
                "an event resent after a failed batch may come twice, never after a later one");
        assertEquals(List.of(0L, 1L, 2L), sequences.stream().distinct().toList());
    }

    @Test
    void anEventThatCanNeverBeSentIsParkedAndTheAggregatesLaterEventsStillGo() {
        String topic = newTopic("outbox-parking");
        UUID center = UUID.randomUUID();
        Row before = Row.of(topic, center, 0, "{\"step\":0}");
        Row tooLarge = Row.of(topic, center, 1,
                "{\"notes\":\"" + "x".repeat(RelayLimitsProfile.MAX_REQUEST_SIZE * 2) + "\"}");
        Row after = Row.of(topic, center, 2, "{\"step\":2}");
        double parkedBefore = parkedGauge();

        publish(List.of(before, tooLarge, after));

        Eventually.until("the events around the too large one published", WITHIN,
                () -> outbox.isPublished(before.id()) && outbox.isPublished(after.id()));
        assertTrue(outbox.isParked(tooLarge.id()));
        assertFalse(outbox.isPublished(tooLarge.id()));
        assertEquals(List.of(0L, 2L), sequencesOn(topic, center));
        assertEquals(parkedBefore + 1, parkedGauge(), "hamkori_outbox_parked counts it");

        JsonPath parked = as("admin").queryParam("size", 500).get("/admin/outbox/parked")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> listed = parked.getMap("items.find { it.id == '" + tooLarge.id() + "' }");
        assertEquals(topic, listed.get("topic"));
        assertEquals(center.toString(), listed.get("subject"));
        assertEquals(1, listed.get("sequence"));
        assertEquals("org.hamkori.test.Probe.v1", listed.get("eventType"));
        assertTrue(((Number) listed.get("payloadBytes")).intValue() > RelayLimitsProfile.MAX_REQUEST_SIZE);
        assertTrue(((String) listed.get("reason")).startsWith("RecordTooLargeException"), listed.toString());
        assertTrue(parked.getLong("totalItems") >= 1);
    }

    @Test
    void onlyAnAdminSeesParkedEvents() {
        as("coordinator").get("/admin/outbox/parked").then().statusCode(403);
        as("admin").queryParam("size", "many").get("/admin/outbox/parked").then().statusCode(400);
    }

    private void publish(List<Row> rows) {
        outbox.append(rows);
        relay.wakeUp();
    }

    private static List<Long> sequencesOn(String topic, UUID key) {
        return PublishedEvents.all(topic).stream().filter(r -> key.toString().equals(r.key()))
                .map(ContractAssertions::sequence).toList();
    }

    private double transientFailures() {
        return metrics.get("hamkori.outbox.send.failures").tag("kind", "transient").counter().count();
    }

    private double parkedGauge() {
        return metrics.get("hamkori.outbox.parked").gauge().value();
    }

    /** A one-partition topic of this test's own. */
    private static String newTopic(String prefix) {
        String name = prefix + "-" + UUID.randomUUID();
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, PublishedEvents.BOOTSTRAP);
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create " + name, e);
        }
        return name;
    }

    private static void kafka(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", ROOT.resolve("infra/kafka.sh").toString(), command)
                .directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        ROOT.resolve("centers-service/target/kafka-control.log").toFile())).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("infra/kafka.sh " + command + " failed; see target/kafka-control.log");
        }
    }
}
