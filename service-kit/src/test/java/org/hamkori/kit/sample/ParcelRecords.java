package org.hamkori.kit.sample;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.centers.CenterDetailsChanged;
import org.hamkori.kit.sample.messaging.KitTestTopics;
import org.hamkori.kit.sample.messaging.ParcelReceipts;
import org.hamkori.testkit.PublishedEvents;
import org.hamkori.testkit.TestEvents;

/** The test service's topics, and records on them as a producing service would write them. */
public final class ParcelRecords {

    /** Where the relay publishes the parcels' events, and what the test service's consumer reads. */
    public static final String EVENTS = ParcelReceipts.TOPIC;

    public static final String DEAD_LETTERS = "kit-test.dead-letter";

    /** Every test reads within this. */
    public static final Duration WITHIN = Duration.ofSeconds(60);

    private ParcelRecords() {
    }

    /** A relabelling of {@code parcel} as a CloudEvent with id {@code eventId}, keyed by the parcel. */
    public static TestEvents.Raw relabelled(UUID eventId, UUID parcel, long sequence) {
        CenterDetailsChanged event = new CenterDetailsChanged(parcel, "P-TEST", "Relabelled by a test", null, null,
                null, null, null, null, List.of(), null);
        return new TestEvents.Raw(parcel.toString(),
                TestEvents.headers(eventId, event.eventType().ceType(), event.eventType().context().source(), parcel,
                        sequence),
                EventJson.write(event).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code record} to the events topic the test service consumes. */
    public static void deliver(TestEvents.Raw record) {
        try (TestEvents events = new TestEvents()) {
            events.sendRaw(EVENTS, record.key(), record.headers(), record.value());
        }
    }

    /** A one-partition topic of the calling test's own, {@code kit-test.<prefix>-<uuid>}. */
    public static String newTopic(String prefix) {
        String name = KitTestTopics.of(prefix + "-" + UUID.randomUUID());
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
}
