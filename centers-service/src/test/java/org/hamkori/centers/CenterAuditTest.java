package org.hamkori.centers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.centers.service.CenterService;
import org.hamkori.kit.domain.ExpectedVersion;
import org.hamkori.testkit.DevTokens;
import org.hamkori.testkit.shared.AuditTrailReads;
import org.hamkori.testkit.shared.InsideTheService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** SPEC §11 for centres: who changed what, in the transaction of the change, and a centre's history. */
@QuarkusTest
class CenterAuditTest {

    @Inject
    CenterService service;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "coordinator"})
    void aWriteLeavesOneEntryWithItsActorRoleChangedFieldsAndEventId(String role) {
        String id = CentersApi.registerCenter();
        String user = "nigora-" + role;
        String requestId = "open-" + UUID.randomUUID();
        AuditTrailReads.byNamedUser(user, role).header("X-Request-Id", requestId)
                .body(Map.of("openedOn", "2021-06-21")).post("/centers/{id}/opening", id)
                .then().statusCode(200).header("X-Request-Id", requestId);

        Map<String, Object> changes = Map.of("status", List.of("PLANNED", "OPEN"),
                "openedOn", Arrays.asList(null, "2021-06-21"), "lastTransitionOn", Arrays.asList(null, "2021-06-21"));
        AuditTrailReads.onlyEntryOfRequest(requestId, Map.of("actor", user, "role", role, "aggregate", "Center",
                "id", id, "version", 1, "action", "CenterOpened", "changes", changes,
                "eventId", InsideTheService.publishedEventId(id, 1)));
    }

    @Test
    void aRefusedWriteLeavesNoAuditEntry() {
        String id = CentersApi.registerCenter();
        String requestId = "close-planned-" + UUID.randomUUID();
        CentersApi.as("coordinator").header("X-Request-Id", requestId)
                .body(Map.of("closedOn", "2024-01-10", "reasonCode", "MERGED"))
                .post("/centers/{id}/closure", id).then().statusCode(409);
        assertEquals(0, AuditTrailReads.ofRequest(requestId).getInt("totalItems"));
    }

    @Test
    void aRolledBackWriteLeavesNoAuditEntry() {
        String id = CentersApi.registerCenter();
        InsideTheService.rolledBack(
                () -> service.open(UUID.fromString(id), ExpectedVersion.ANY, LocalDate.of(2021, 6, 21)));
        JsonPath history = history(id, "admin");
        assertEquals(List.of("CenterRegistered"), history.getList("items.action"));
        CentersApi.as("admin").get("/centers/{id}", id).then().body("status", equalTo("PLANNED"));
    }

    @Test
    void aCentresHistoryShowsWhoChangedWhatNewestFirst() {
        String id = CentersApi.openCenter();
        Map<String, Object> form = CentersApi.qubodiyonCenter();
        String code = CentersApi.as("coordinator").get("/centers/{id}", id).then().extract().path("code");
        form.put("code", code);
        form.put("settlement", "Kabodiyon");
        given().contentType(ContentType.JSON)
                .auth().oauth2(DevTokens.tokenFor("s-1", Map.of("preferred_username", "malika"), "coordinator"))
                .body(form).put("/centers/{id}", id).then().statusCode(200);

        JsonPath history = history(id, "coordinator");
        assertEquals(List.of("CenterDetailsChanged", "CenterOpened", "CenterRegistered"),
                history.getList("items.action"));
        assertEquals("malika", history.getString("items[0].actor"));
        assertEquals(List.of("Qubodiyon", "Kabodiyon"), history.getList("items[0].changes.settlement"));
        assertEquals(3, history.getInt("totalItems"));
        assertEquals(List.of(2, 1, 0), history.getList("items.version"));
    }

    @Test
    void readingAClosureNoteIsRecordedWithoutTheNote() {
        String id = CentersApi.closedCenter();
        CentersApi.as("coordinator").get("/centers/{id}", id).then().statusCode(200);
        CentersApi.as("analyst").get("/centers/{id}", id).then().statusCode(200);
        JsonPath history = history(id, "admin");
        assertEquals("READ_PERSONAL_DATA", history.getString("items[0].action"));
        assertEquals("dev-coordinator", history.getString("items[0].actor"));
        assertEquals(Map.of(), history.getMap("items[0].changes"));
        assertEquals(1, history.getList("items.action").stream().filter("READ_PERSONAL_DATA"::equals).count());
    }

    @Test
    void theAuditTrailIsSearchedByActorAndTimeAndExportedAsCsvWithoutFormulas() {
        String id = CentersApi.registerCenter();
        given().contentType(ContentType.JSON)
                .auth().oauth2(DevTokens.tokenFor("s-2", Map.of("preferred_username", "=HYPERLINK(\"x\")"), "coordinator"))
                .body(Map.of("openedOn", "2021-06-21")).post("/centers/{id}/opening", id).then().statusCode(200);
        String today = LocalDate.now().toString();

        CentersApi.as("admin").queryParam("actor", "=HYPERLINK(\"x\")").queryParam("from", today)
                .queryParam("to", today).get("/admin/audit")
                .then().statusCode(200).body("items.id", hasItem(id)).body("items.action", hasItem("CenterOpened"));
        CentersApi.as("admin").queryParam("aggregate", "Center").queryParam("id", id).queryParam("format", "csv")
                .get("/admin/audit")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("at,actor,role,aggregate,id,version,action,changes"))
                .body(containsString("'=HYPERLINK")).body(not(containsString(",=HYPERLINK")));
        given().auth().oauth2(DevTokens.token("admin")).accept("text/csv").queryParam("id", id).get("/admin/audit")
                .then().statusCode(200).contentType(containsString("text/csv"));
        CentersApi.as("admin").queryParam("from", "yesterday").get("/admin/audit").then().statusCode(400);
    }

    @Test
    void everyAnswerCarriesARequestIdAndAPlainOneSentIsKept() {
        CentersApi.as("analyst").get("/centers").then().statusCode(200).header("X-Request-Id", notNullValue());
        CentersApi.as("analyst").header("X-Request-Id", "abc-123").get("/centers").then()
                .header("X-Request-Id", "abc-123");
        CentersApi.as("analyst").header("X-Request-Id", "=cmd|' /C calc'!A0").get("/centers").then()
                .header("X-Request-Id", not(containsString("cmd")));
    }


    static JsonPath history(String id, String role) {
        return AuditTrailReads.history("/centers/{id}/history", id, role);
    }
}
