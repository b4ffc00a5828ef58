package org.hamkori.kit.deadletter;

import static org.hamcrest.Matchers.equalTo;
import static org.hamkori.kit.sample.ParcelRecords.WITHIN;
import static org.hamkori.kit.sample.SampleApi.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hamkori.kit.sample.ParcelReceiptRows;
import org.hamkori.kit.sample.ParcelRecords;
import org.hamkori.testkit.Eventually;
import org.junit.jupiter.api.Test;

/** An event that can never apply is dead-lettered with its reason, kept, and applied by a re-drive once fixed. */
@QuarkusTest
class DeadLetterRedriveTest {

    @Inject
    ParcelReceiptRows receipts;

    @Test
    void onlyAnAdminSeesDeadLettersAndAnUnknownOneIsA404() {
        as("coordinator").get("/admin/dead-letters").then().statusCode(403);
        as("admin").post("/admin/dead-letters/{id}/redrive", Long.MAX_VALUE).then().statusCode(404);
    }

    @Test
    void anEventThatCannotApplyIsKeptWithItsReasonAndAppliesOnceWhenRedrivenAfterItsCauseIsFixed() {
        UUID unknownParcel = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();

        ParcelRecords.deliver(ParcelRecords.relabelled(eventId, unknownParcel, 1));

        Map<String, Object> letter = Eventually.value("the dead letter kept", WITHIN, () -> deadLetterOf(eventId),
                Objects::nonNull);
        assertEquals(ParcelRecords.EVENTS, letter.get("topic"));
        assertEquals("Parcel " + unknownParcel + " does not exist", letter.get("reason"));
        assertEquals(0L, receipts.ofEvent(eventId));

        receipts.insertParcel(unknownParcel);
        Object id = letter.get("id");
        as("admin").post("/admin/dead-letters/{id}/redrive", id).then().statusCode(200)
                .body("outcome", equalTo("APPLIED")).body("deadLetter.redrives", equalTo(1));
        as("admin").post("/admin/dead-letters/{id}/redrive", id).then().statusCode(200)
                .body("outcome", equalTo("DUPLICATE")).body("deadLetter.lastRedriveOutcome", equalTo("DUPLICATE"));
        assertEquals(1L, receipts.ofEvent(eventId));
    }

    private static Map<String, Object> deadLetterOf(UUID eventId) {
        return as("admin").queryParam("size", 500).get("/admin/dead-letters").then().statusCode(200).extract()
                .jsonPath().getMap("items.find { it.eventId == '" + eventId + "' }");
    }
}
