package org.hamkori.kit.inbox;

import static org.hamkori.kit.sample.ParcelRecords.WITHIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hamkori.contract.CloudEventHeaders;
import org.hamkori.kit.sample.ParcelReceiptRows;
import org.hamkori.kit.sample.ParcelRecords;
import org.hamkori.kit.sample.SampleApi;
import org.hamkori.testkit.ConsumerLag;
import org.hamkori.testkit.DatabaseOutage;
import org.hamkori.testkit.Eventually;
import org.hamkori.testkit.PublishedEvents;
import org.junit.jupiter.api.Test;

/** The test service's consumer through the inbox: each event applied once, and a database outage waited out. */
@QuarkusTest
class EventInboxTest {

    private static final String CONSUMER_GROUP = "kit-test-service";

    @Inject
    ParcelReceiptRows receipts;

    @Inject
    @Readiness
    ConsumptionReadiness readiness;

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        UUID parcel = receivedParcel();
        UUID eventId = UUID.randomUUID();

        ParcelRecords.deliver(ParcelRecords.relabelled(eventId, parcel, 1));
        ParcelRecords.deliver(ParcelRecords.relabelled(eventId, parcel, 1));
        ConsumerLag.awaitCaughtUp(CONSUMER_GROUP, List.of(ParcelRecords.EVENTS), WITHIN);

        assertEquals(1, receipts.ofEvent(eventId));
        assertEquals(2, receipts.ofParcel(parcel), "its registration and the relabelling, once each");
    }

    @Test
    void anEventArrivingWhileTheDatabaseIsDownIsAppliedOnceItIsBackAndNotDeadLettered() {
        UUID parcel = receivedParcel();
        UUID eventId = UUID.randomUUID();

        try (DatabaseOutage outage = DatabaseOutage.begin(DatabaseOutage.serviceDatabase())) {
            ParcelRecords.deliver(ParcelRecords.relabelled(eventId, parcel, 1));
            Eventually.until("the consumer says it waits for the database", WITHIN, () -> {
                HealthCheckResponse answer = readiness.call();
                return answer.getStatus() == HealthCheckResponse.Status.DOWN && answer.getData().orElseThrow()
                        .keySet().stream().anyMatch(waiter -> waiter.startsWith(ParcelRecords.EVENTS));
            });
            outage.lastAtLeast(Duration.ofSeconds(3));
        }

        Eventually.until("the event applied once the database is back", WITHIN, () -> receipts.ofEvent(eventId) == 1);
        Eventually.until("the consumer ready again", WITHIN,
                () -> readiness.call().getStatus() == HealthCheckResponse.Status.UP);
        ConsumerLag.awaitCaughtUp(CONSUMER_GROUP, List.of(ParcelRecords.EVENTS), WITHIN);
        assertEquals(1, receipts.ofEvent(eventId));
        assertTrue(PublishedEvents.all(ParcelRecords.DEAD_LETTERS).stream()
                .noneMatch(letter -> eventId.toString().equals(letter.header(CloudEventHeaders.ID))));
    }

    /** A parcel registered through the API whose own registration the consumer has applied. */
    private UUID receivedParcel() {
        UUID parcel = SampleApi.registeredParcel();
        Eventually.until("the parcel's registration received", WITHIN, () -> receipts.ofParcel(parcel) == 1);
        return parcel;
    }
}
