package org.hamkori.reporting;

import static io.restassured.RestAssured.given;
import static org.hamkori.reporting.ReportsApi.assertDeltas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.EventType;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.contract.reference.District;
import org.hamkori.reporting.ReportsApi.Reports;
import org.hamkori.testkit.DevTokens;
import org.hamkori.testkit.Eventually;
import org.hamkori.testkit.TestEvents;
import org.hamkori.testkit.TestEvents.Raw;
import org.junit.jupiter.api.Test;

/**
 * The live consumer applies what one poll returns in one transaction, yet record by record as before: each event once
 * (a duplicate inside the batch or a redelivered batch applies nothing more), and a record that can never apply is
 * dead-lettered alone while the others of its batch apply.
 */
@QuarkusTest
class BatchConsumptionTest {

    private static final LocalDate DAY = LocalDate.parse("2019-06-07");

    @Test
    void aBatchWithADuplicateAndPoisonRecordsAppliesEachGoodEventOnceAndDeadLettersOnlyThePoison() {
        District district = ReportsApi.quietDistrict();
        Reports before = Reports.settled();

        Raw first = formed(district);
        Raw incomplete = incomplete(district);
        Raw malformed = malformed();
        Raw second = formed(district);
        List<Raw> batch = List.of(first, first, incomplete, second, malformed, second);
        TestEvents.sendRawTogether("groups.events", batch);

        Reports after = Reports.settled();
        assertDeltas(before, after, district, Map.of("groups.active", 2L));
        assertTrue(awaitDeadLetters(incomplete.key(), 1).get(0).get("reason").toString().contains("formedOn"),
                "the incomplete event is dead-lettered with what it lacks");
        awaitDeadLetters(malformed.key(), 1);
        assertEquals(0, deadLetters(first.key()).size(), "a good event of the batch is not dead-lettered");
        assertEquals(0, deadLetters(second.key()).size(), "a good event of the batch is not dead-lettered");

        TestEvents.sendRawTogether("groups.events", batch);

        assertDeltas(after, Reports.settled(), district, Map.of("groups.active", 0L));
        awaitDeadLetters(incomplete.key(), 2);
        awaitDeadLetters(malformed.key(), 2);
        assertEquals(0, deadLetters(first.key()).size(), "a redelivered good event is not dead-lettered");
    }

    @Test
    void aBatchOfGoodEventsAppliesEachOnceAndItsRedeliveryChangesNothing() {
        District district = ReportsApi.quietDistrict();
        Reports before = Reports.settled();
        List<Raw> batch = List.of(formed(district), formed(district), formed(district));

        TestEvents.sendRawTogether("groups.events", batch);
        Reports after = Reports.settled();
        assertDeltas(before, after, district, Map.of("groups.active", 3L));

        TestEvents.sendRawTogether("groups.events", batch);
        assertDeltas(after, Reports.settled(), district, Map.of("groups.active", 0L));
    }

    private static Raw formed(District district) {
        GroupFormed event = new GroupFormed(UUID.randomUUID(), UUID.randomUUID(), district.regionCode(),
                district.code(), DAY, "SAFERWORLD");
        return record(event, EventJson.write(event).getBytes(StandardCharsets.UTF_8));
    }

    /** Well-formed, but without the formation date the read model needs. */
    private static Raw incomplete(District district) {
        UUID group = UUID.randomUUID();
        return record(new GroupFormed(group, UUID.randomUUID(), district.regionCode(), district.code(), DAY,
                "SAFERWORLD"), ("{\"groupId\":\"" + group + "\",\"regionCode\":\"" + district.regionCode()
                + "\",\"districtCode\":\"" + district.code() + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static Raw malformed() {
        UUID group = UUID.randomUUID();
        return record(new GroupFormed(group, UUID.randomUUID(), "SUGHD", "SUGHD.ISFARA", DAY, "SAFERWORLD"),
                "{\"groupId\": ".getBytes(StandardCharsets.UTF_8));
    }

    /** A record of the event's type and subject with a fresh ce_id, carrying {@code value}. */
    private static Raw record(DomainEvent event, byte[] value) {
        EventType type = event.eventType();
        return new Raw(event.subjectId().toString(), TestEvents.headers(UUID.randomUUID(), type.ceType(),
                type.context().source(), event.subjectId(), 1), value);
    }

    private static List<Map<String, Object>> deadLetters(String key) {
        return given().auth().oauth2(DevTokens.token("admin")).get("/admin/dead-letters?topic=groups.events&size=500")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(item -> key.equals(item.get("key"))).toList();
    }

    private static List<Map<String, Object>> awaitDeadLetters(String key, int count) {
        return Eventually.value(count + " dead letter(s) of " + key, Duration.ofSeconds(60), () -> deadLetters(key),
                letters -> letters.size() == count);
    }
}
