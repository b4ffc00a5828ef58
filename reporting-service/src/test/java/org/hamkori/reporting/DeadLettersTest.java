package org.hamkori.reporting;

import static io.restassured.RestAssured.given;
import static org.hamkori.reporting.ReportsApi.assertDeltas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.contract.EventType;
import org.hamkori.contract.Sex;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.training.AgeBand;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.reporting.ProgrammeEvents.Certification;
import org.hamkori.reporting.ReportsApi.Reports;
import org.hamkori.testkit.DevTokens;
import org.hamkori.testkit.Eventually;
import org.hamkori.testkit.PublishedEvents;
import org.hamkori.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/** A poison record in any topic is dead-lettered with its reason, listed for the admin, and consumption goes on. */
@QuarkusTest
class DeadLettersTest extends ProgrammeEventsFixture {

    private static final LocalDate DAY = LocalDate.parse("2023-04-05");

    private static UUID poison(String topic, EventType type, String payload) {
        UUID key = UUID.randomUUID();
        events.raw().sendRaw(topic, key.toString(), TestEvents.headers(UUID.randomUUID(), type.ceType(),
                type.context().source(), key, 1), payload.getBytes(StandardCharsets.UTF_8));
        return key;
    }

    @Test
    void aPoisonRecordInEveryTopicIsDeadLetteredWithItsReasonWhileLaterEventsStillApply() {
        District district = ReportsApi.quietDistrict();
        Reports before = Reports.settled();

        UUID badCenter = poison("centers.events", EventType.CENTER_OPENED, "{\"centerId\": 42");
        UUID badGroup = poison("groups.events", EventType.GROUP_FORMED, "[1, 2, 3]");
        UUID incompleteGroup = UUID.randomUUID();
        poisonIncomplete(incompleteGroup);
        UUID badTraining = poison("training.events", EventType.TRAINEE_CERTIFIED, "not json at all");

        UUID group = events.formGroup(district, DAY);
        events.certify(new Certification(district, "CP-101", "MVD", TraineeCategory.CITIZEN, Sex.FEMALE,
                AgeBand.FIFTY_PLUS, DAY));
        Reports after = Reports.settled();
        assertDeltas(before, after, district, Map.of("groups.active", 1L, "training.certified", 1L));
        assertNotNull(group);

        List<UUID> keys = List.of(badCenter, badGroup, incompleteGroup, badTraining);
        List<PublishedEvents.Published> dead = PublishedEvents.await("reporting.dead-letter",
                r -> keys.stream().anyMatch(k -> k.toString().equals(r.key())), keys.size(), ReportsApi.DEADLINE);
        assertTrue(dead.stream().allMatch(r -> r.header("dead-letter-reason") != null), "every dead letter says why");

        for (UUID key : keys) {
            Map<String, Object> listed = awaitListed(key);
            assertNotNull(listed.get("reason"), "the listing says why");
            assertNotNull(listed.get("topic"));
            assertNotNull(listed.get("offset"));
            assertNotNull(listed.get("deadLetteredAt"));
        }
        assertEquals("groups.events", awaitListed(incompleteGroup).get("topic"));
        assertTrue(((String) awaitListed(incompleteGroup).get("reason")).contains("formedOn"),
                "an incomplete event names what it lacks");
        assertEquals(EventType.TRAINEE_CERTIFIED.ceType(), awaitListed(badTraining).get("eventType"));
    }

    /** Well-formed JSON that lacks a field the read model needs. */
    private static void poisonIncomplete(UUID group) {
        events.raw().sendRaw("groups.events", group.toString(), TestEvents.headers(UUID.randomUUID(),
                        EventType.GROUP_FORMED.ceType(), EventType.GROUP_FORMED.context().source(), group, 1),
                ("{\"groupId\":\"" + group + "\",\"regionCode\":\"SUGHD\",\"districtCode\":\"SUGHD.ISFARA\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> awaitListed(UUID key) {
        return Eventually.value("dead letter " + key + " is listed", Duration.ofSeconds(60),
                () -> given().auth().oauth2(DevTokens.token("admin")).get("/admin/dead-letters?size=500").then()
                        .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                        .filter(item -> key.toString().equals(item.get("key"))).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    @Test
    void deadLettersCanBeListedByTopicAndPaged() {
        UUID key = poison("training.events", EventType.CERTIFICATE_REVOKED, "{");
        awaitListed(key);
        var page = given().auth().oauth2(DevTokens.token("admin"))
                .get("/admin/dead-letters?topic=training.events&page=0&size=2").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, page.getInt("size"));
        assertTrue(page.getList("items").size() <= 2);
        assertTrue(page.getList("items.topic").stream().allMatch("training.events"::equals));
        assertTrue(page.getLong("totalItems") >= 1);
        given().auth().oauth2(DevTokens.token("admin")).get("/admin/dead-letters?size=9999").then().statusCode(400);
    }
}
