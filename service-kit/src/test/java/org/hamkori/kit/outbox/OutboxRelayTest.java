package org.hamkori.kit.outbox;

import static org.hamkori.kit.sample.ParcelRecords.WITHIN;
import static org.hamkori.kit.sample.SampleApi.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.contract.CloudEventHeaders;
import org.hamkori.kit.sample.OutboxRows;
import org.hamkori.kit.sample.OutboxRows.Row;
import org.hamkori.kit.sample.ParcelRecords;
import org.hamkori.kit.sample.SampleApi;
import org.hamkori.testkit.Eventually;
import org.hamkori.testkit.PublishedEvents;
import org.hamkori.testkit.PublishedEvents.Published;
import org.junit.jupiter.api.Test;

/**
 * The relay: an aggregate's events reach the topic in order whatever fails, and an event that can never be sent is
 * parked rather than holding everything behind it. Rows written straight into the outbox go to topics of their own.
 */
@QuarkusTest
class OutboxRelayTest {

    /** The test service's producer refuses larger records (application.properties). */
    private static final int MAX_REQUEST_SIZE = 2048;
    private static final Path ROOT = Path.of(System.getProperty("hamkori.root", "..")).toAbsolutePath().normalize();

    @Inject
    OutboxRelay relay;

    @Inject
    MeterRegistry metrics;

    @Inject
    OutboxRows outbox;

    @Test
    void anAggregatesEventsArePublishedInTheOrderOfItsVersions() {
        UUID parcel = SampleApi.registeredParcel();
        SampleApi.relabel(parcel, 0, "Second label").then().statusCode(200);
        SampleApi.relabel(parcel, 1, "Third label").then().statusCode(200);

        List<Published> published = PublishedEvents.awaitByKey(ParcelRecords.EVENTS, parcel, 3, WITHIN);

        assertEquals(List.of(0L, 1L, 2L), published.stream().map(OutboxRelayTest::sequence).toList());
        assertEquals(List.of("org.hamkori.centers.CenterRegistered.v1", "org.hamkori.centers.CenterDetailsChanged.v1",
                        "org.hamkori.centers.CenterDetailsChanged.v1"),
                published.stream().map(p -> p.header(CloudEventHeaders.TYPE)).toList());
        assertTrue(published.get(2).payload().contains("\"Third label\""), published.get(2).payload());
    }

    @Test
    void whileTheBrokerIsDownAnAggregatesLaterEventsWaitAndThenFollowInOrder() throws Exception {
        String topic = ParcelRecords.newTopic("outbox-order");
        UUID subject = UUID.randomUUID();
        Row first = Row.of(topic, subject, 0, "{\"step\":0}");
        publish(List.of(first));
        Eventually.until("the first event published", WITHIN, () -> outbox.isPublished(first.id()));

        Row second = Row.of(topic, subject, 1, "{\"step\":1}");
        Row third = Row.of(topic, subject, 2, "{\"step\":2}");
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
        List<Long> sequences = sequencesOn(topic, subject);
        assertEquals(sequences.stream().sorted().toList(), sequences,
                "an event resent after a failed batch may come twice, never after a later one");
        assertEquals(List.of(0L, 1L, 2L), sequences.stream().distinct().toList());
    }

    @Test
    void anEventThatCanNeverBeSentIsParkedAndTheAggregatesLaterEventsStillGo() {
        String topic = ParcelRecords.newTopic("outbox-parking");
        UUID subject = UUID.randomUUID();
        Row before = Row.of(topic, subject, 0, "{\"step\":0}");
        Row tooLarge = Row.of(topic, subject, 1, "{\"notes\":\"" + "x".repeat(MAX_REQUEST_SIZE * 2) + "\"}");
        Row after = Row.of(topic, subject, 2, "{\"step\":2}");
        double parkedBefore = parkedGauge();

        publish(List.of(before, tooLarge, after));

        Eventually.until("the events around the too large one published", WITHIN,
                () -> outbox.isPublished(before.id()) && outbox.isPublished(after.id()));
        assertTrue(outbox.isParked(tooLarge.id()));
        assertFalse(outbox.isPublished(tooLarge.id()));
        assertEquals(List.of(0L, 2L), sequencesOn(topic, subject));
        assertEquals(parkedBefore + 1, parkedGauge(), "hamkori_outbox_parked counts it");

        JsonPath parked = as("admin").queryParam("size", 500).get("/admin/outbox/parked")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> listed = parked.getMap("items.find { it.id == '" + tooLarge.id() + "' }");
        assertEquals(topic, listed.get("topic"));
        assertEquals(subject.toString(), listed.get("subject"));
        assertEquals(1, listed.get("sequence"));
        assertEquals("org.hamkori.test.Probe.v1", listed.get("eventType"));
        assertTrue(((Number) listed.get("payloadBytes")).intValue() > MAX_REQUEST_SIZE);
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
                .map(OutboxRelayTest::sequence).toList();
    }

    private static long sequence(Published record) {
        return Long.parseLong(record.header(CloudEventHeaders.SEQUENCE));
    }

    private double transientFailures() {
        return metrics.get("hamkori.outbox.send.failures").tag("kind", "transient").counter().count();
    }

    private double parkedGauge() {
        return metrics.get("hamkori.outbox.parked").gauge().value();
    }

    /** Stops or starts the local broker (of the suite that runs these tests). */
    private static void kafka(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", ROOT.resolve("infra/kafka.sh").toString(), command)
                .directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        ROOT.resolve("service-kit/target/kafka-control.log").toFile())).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("infra/kafka.sh " + command + " failed; see target/kafka-control.log");
        }
    }
}
