package org.hamkori.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hamkori.contract.EventType;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.testkit.DatabaseOutage;
import org.hamkori.testkit.DevTokens;
import org.hamkori.testkit.Eventually;
import org.hamkori.testkit.PublishedEvents;
import org.hamkori.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * What the fan-out cannot apply is dead-lettered, kept and listed for the admin, and re-driven through the same inbox
 * and fan-out once its cause is fixed (service-kit); a database that refuses connections for a while delays the
 * fan-out and dead-letters nothing.
 */
@QuarkusTest
class WebhookDeadLettersTest extends FanOutTest {

    @Test
    void anEventTheFanOutCannotApplyIsKeptAndOnceItsCauseIsFixedReDrivenToTheEndpointOnce() throws SQLException {
        try (Receiver receiver = new Receiver()) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver, WebhooksApi.GROUP_FORMED);
            GroupFormed refused = formed();
            GroupFormed later = formed();
            UUID refusedId = UUID.randomUUID();
            String constraint = "refuse_" + refusedId.toString().replace("-", "").substring(0, 12);
            Map<String, Object> deadLetter;
            try (Connection superuser = DatabaseOutage.superuser(DatabaseOutage.serviceDatabase())) {
                // a cause that can be fixed: the delivery table refuses this event for now
                superuser.createStatement().execute("ALTER TABLE delivery ADD CONSTRAINT " + constraint
                        + " CHECK (event_id <> '" + refusedId + "') NOT VALID");
                try {
                    events.send(refusedId, refused, 1);
                    events.send(later, 1);
                    deadLetter = awaitListed(refused.groupId());
                    Eventually.until("the later event is delivered", WITHIN,
                            () -> receiver.deliveriesOf(Set.of(later.groupId())).size() == 1);
                } finally {
                    superuser.createStatement().execute("ALTER TABLE delivery DROP CONSTRAINT " + constraint);
                }
            }
            assertEquals("groups.events", deadLetter.get("topic"));
            assertEquals(WebhooksApi.GROUP_FORMED, deadLetter.get("eventType"));
            assertTrue(((String) deadLetter.get("reason")).contains("23514"),
                    () -> "the reason names the check violation: " + deadLetter);
            assertTrue(receiver.deliveriesOf(Set.of(refused.groupId())).isEmpty(), "nothing of it was delivered");

            redrive(deadLetter).then().statusCode(200).body("outcome", equalTo("APPLIED"));
            Eventually.until("the re-driven event is delivered", WITHIN,
                    () -> receiver.deliveriesOf(Set.of(refused.groupId())).size() == 1);
            assertEquals(refusedId.toString(), receiver.deliveriesOf(Set.of(refused.groupId())).get(0).webhookId());

            redrive(deadLetter).then().statusCode(200).body("outcome", equalTo("DUPLICATE"))
                    .body("deadLetter.redrives", equalTo(2));
            assertEquals(1, WebhooksApi.deliveries(endpoint.id(), "").stream()
                    .filter(d -> refusedId.toString().equals(d.get("eventId"))).count(), "queued once");
            WebhooksApi.delete(endpoint.id());
        }
    }

    @Test
    void aRecordThatIsNoEventIsKeptWithItsReasonAndReDrivingItRejectsItAgain() {
        UUID key = UUID.randomUUID();
        events.sendRaw("training.events", key.toString(), TestEvents.headers(UUID.randomUUID(),
                        EventType.TRAINEE_CERTIFIED.ceType(), EventType.TRAINEE_CERTIFIED.context().source(), key, 1),
                "not json at all".getBytes(StandardCharsets.UTF_8));
        Map<String, Object> deadLetter = awaitListed(key);
        assertEquals("training.events", deadLetter.get("topic"));
        redrive(deadLetter).then().statusCode(200).body("outcome", equalTo("REJECTED"));
    }

    @Test
    void eventsThatArriveWhileTheDatabaseRefusesConnectionsAreDeliveredAfterwardsAndNoneIsDeadLettered() {
        try (Receiver receiver = new Receiver()) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver, WebhooksApi.GROUP_FORMED);
            GroupFormed formed = formed();
            try (DatabaseOutage outage = DatabaseOutage.begin(DatabaseOutage.serviceDatabase())) {
                events.send(formed, 1);
                outage.lastAtLeast(Duration.ofSeconds(3));
            }
            Eventually.until("the event is delivered once the database is back", WITHIN,
                    () -> receiver.deliveriesOf(Set.of(formed.groupId())).size() == 1);
            assertTrue(PublishedEvents.all("webhooks.dead-letter").stream()
                    .noneMatch(r -> formed.groupId().toString().equals(r.key())), "nothing was dead-lettered");
            WebhooksApi.delete(endpoint.id());
        }
    }

    @Test
    void onlyTheAdminSeesAndReDrivesDeadLetters() {
        given().auth().oauth2(PartnerTokens.partner("SAFERWORLD")).get("/admin/dead-letters").then().statusCode(403);
        given().auth().oauth2(PartnerTokens.partner("SAFERWORLD")).post("/admin/dead-letters/1/redrive").then()
                .statusCode(403);
        given().auth().oauth2(DevTokens.token("admin")).post("/admin/dead-letters/999999999/redrive").then()
                .statusCode(404).contentType("application/problem+json");
    }

    private static GroupFormed formed() {
        return new GroupFormed(UUID.randomUUID(), UUID.randomUUID(), "KHATLON", "KHATLON.FARKHOR",
                LocalDate.parse("2021-06-21"), "SAFERWORLD");
    }

    private static Response redrive(Map<String, Object> deadLetter) {
        return given().auth().oauth2(DevTokens.token("admin")).post("/admin/dead-letters/{id}/redrive",
                deadLetter.get("id"));
    }

    private static Map<String, Object> awaitListed(UUID key) {
        return Eventually.value("the dead letter of " + key + " is listed", WITHIN,
                () -> given().auth().oauth2(DevTokens.token("admin")).get("/admin/dead-letters?size=500").then()
                        .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                        .filter(item -> key.toString().equals(item.get("key"))).findFirst(),
                Optional::isPresent).orElseThrow();
    }
}
