package org.hamkori.reporting;

import static io.restassured.RestAssured.given;
import static org.hamkori.reporting.ReportsApi.assertDeltas;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.contract.CloudEventHeaders;
import org.hamkori.contract.DomainEvent;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.EventType;
import org.hamkori.contract.Sex;
import org.hamkori.contract.centers.CenterOpened;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.training.AgeBand;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.reporting.ProgrammeEvents.Certification;
import org.hamkori.reporting.ReportsApi.Reports;
import org.hamkori.testkit.DevTokens;
import org.hamkori.testkit.Eventually;
import org.hamkori.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * Every kind of record that can never apply, in every topic reporting consumes, is dead-lettered with its reason while
 * consumption goes on, and a rebuild skips the same records for the same reasons: it completes with 0 differences.
 */
@QuarkusTest
class PoisonRecordsTest extends ProgrammeEventsFixture {

    private static final LocalDate DAY = LocalDate.parse("2011-11-11");

    /** A well-formed event of the topic, about {@code subject}, dated {@link #DAY}, and its date field's name. */
    private record Sample(DomainEvent event, String dateField) {
    }

    private static Sample sample(String topic, UUID subject, District district) {
        return switch (topic) {
            case "centers.events" -> new Sample(new CenterOpened(subject, DAY, district.regionCode(), district.code(),
                    ConstructionType.NEW_BUILD, List.of("US_EMBASSY")), "openedOn");
            case "groups.events" -> new Sample(new GroupFormed(subject, UUID.randomUUID(), district.regionCode(),
                    district.code(), DAY, "SAFERWORLD"), "formedOn");
            default -> new Sample(new Certification(district, "CP-101", "MVD", TraineeCategory.CITIZEN, Sex.FEMALE,
                    AgeBand.FIFTY_PLUS, DAY).event(subject), "certifiedOn");
        };
    }

    @Test
    void everyKindOfPoisonInEveryTopicIsDeadLetteredWithItsReasonAndARebuildSkipsThemAlike() throws IOException {
        District district = ReportsApi.quietDistrict();
        Reports before = Reports.settled();

        Map<UUID, String> expectedReasons = new LinkedHashMap<>();
        for (String topic : ReportsApi.TOPICS) {
            expectedReasons.put(poison(topic, district, (h, json) -> h.remove(CloudEventHeaders.ID)),
                    "missing header " + CloudEventHeaders.ID);
            expectedReasons.put(poison(topic, district, (h, json) -> h.put(CloudEventHeaders.TYPE,
                    "org.hamkori.nothing.NoSuchThing.v1")), "unknown event type");
            expectedReasons.put(poisonPayload(topic, district, "{\"broken\": "), null);
            expectedReasons.put(poison(topic, district, (h, json) -> h.put(CloudEventHeaders.SUBJECT,
                    UUID.randomUUID().toString())), "does not match the payload's id");
            expectedReasons.put(poison(topic, district, (h, json) -> h.put(CloudEventHeaders.TIME,
                    "+9999999-01-01T00:00:00Z")), "implausible ce_time");
            expectedReasons.put(poison(topic, district, (h, json) -> json.put(sample(topic, UUID.randomUUID(),
                    district).dateField(), "+6000000-11-11")), null);
            expectedReasons.put(poison(topic, district, (h, json) -> json.remove(sample(topic, UUID.randomUUID(),
                    district).dateField())), null);
        }

        events.formGroup(district, DAY);
        events.certify(new Certification(district, "CP-101", "MVD", TraineeCategory.CITIZEN, Sex.MALE,
                AgeBand.FIFTY_PLUS, DAY));
        assertDeltas(before, Reports.settled(), district, Map.of("groups.active", 1L, "training.certified", 1L));

        expectedReasons.forEach((key, reason) -> {
            Map<String, Object> listed = awaitListed(key);
            assertNotNull(listed.get("reason"), "every dead letter says why");
            if (reason != null) {
                assertTrue(((String) listed.get("reason")).contains(reason), () -> reason + " in " + listed);
            }
        });

        int rebuilt = ReportsApi.startRebuild();
        ReportsApi.assertRebuiltWithNoDifferences(rebuilt);
    }

    @Test
    void aReDrivenRecordThatCanNeverApplyIsRejectedAgainWithItsReason() throws IOException {
        UUID key = poison("training.events", ReportsApi.quietDistrict(), (h, json) -> h.put(CloudEventHeaders.TIME,
                "+9999999-01-01T00:00:00Z"));
        Object id = awaitListed(key).get("id");
        for (int redrive = 1; redrive <= 2; redrive++) {
            given().auth().oauth2(DevTokens.token("admin")).post("/admin/dead-letters/{id}/redrive", id).then()
                    .statusCode(200).body("outcome", org.hamcrest.Matchers.equalTo("REJECTED"))
                    .body("reason", org.hamcrest.Matchers.containsString("implausible ce_time"))
                    .body("deadLetter.redrives", org.hamcrest.Matchers.equalTo(redrive));
        }
    }

    private interface Spoiler {
        void spoil(Map<String, String> headers, ObjectNode payload);
    }

    /** A sample event of the topic, spoilt; the record's key is returned. */
    private static UUID poison(String topic, District district, Spoiler spoiler) throws IOException {
        UUID key = UUID.randomUUID();
        Sample sample = sample(topic, key, district);
        EventType type = sample.event().eventType();
        Map<String, String> headers = TestEvents.headers(UUID.randomUUID(), type.ceType(), type.context().source(),
                key, 1);
        ObjectNode payload = (ObjectNode) EventJson.mapper().readTree(EventJson.write(sample.event()));
        spoiler.spoil(headers, payload);
        events.raw().sendRaw(topic, key.toString(), headers,
                EventJson.mapper().writeValueAsBytes(payload));
        return key;
    }

    private static UUID poisonPayload(String topic, District district, String payload) {
        UUID key = UUID.randomUUID();
        EventType type = sample(topic, key, district).event().eventType();
        events.raw().sendRaw(topic, key.toString(), TestEvents.headers(UUID.randomUUID(), type.ceType(),
                type.context().source(), key, 1), payload.getBytes(StandardCharsets.UTF_8));
        return key;
    }

    private static Map<String, Object> awaitListed(UUID key) {
        return Eventually.value("dead letter " + key + " is listed", Duration.ofSeconds(60),
                () -> given().auth().oauth2(DevTokens.token("admin")).get("/admin/dead-letters?size=500").then()
                        .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                        .filter(item -> key.toString().equals(item.get("key"))).findFirst(),
                Optional::isPresent).orElseThrow();
    }
}
