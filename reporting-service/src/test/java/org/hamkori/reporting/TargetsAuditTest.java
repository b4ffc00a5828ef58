package org.hamkori.reporting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.testkit.DevTokens;
import org.hamkori.testkit.shared.AuditTrailReads;
import org.junit.jupiter.api.Test;

/** SPEC §11 for reporting: a change of targets records who made it and every target before and after. */
@QuarkusTest
class TargetsAuditTest {

    @Test
    void aTargetWriteAsAdminLeavesOneEntryWithItsActorAndTheTargetsBeforeAndAfter() {
        JsonPath current = given().auth().oauth2(DevTokens.token("admin")).get("/reports/targets")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = current.getList("items");
        Map<String, Object> before = keyed(items);
        long target = System.nanoTime() % 1_000_000;
        List<Map<String, Object>> replaced = new java.util.ArrayList<>(items.stream()
                .filter(item -> !"training.female".equals(item.get("indicator"))).toList());
        replaced.add(Map.of("indicator", "training.female", "year", 2030, "target", target));
        String requestId = "targets-" + UUID.randomUUID();

        long version = AuditTrailReads.byNamedUser("zarina", "admin").header("X-Request-Id", requestId)
                .header("If-Match", "\"" + current.getLong("version") + "\"").body(Map.of("items", replaced))
                .put("/reports/targets").then().statusCode(200).extract().jsonPath().getLong("version");

        Map<String, Object> after = keyed(replaced);
        JsonPath entries = AuditTrailReads.onlyEntryOfRequest(requestId, Map.of("actor", "zarina", "role", "admin",
                "aggregate", "ProgrammeTargets", "action", "TargetsReplaced",
                "changes", Map.of("targets", List.of(before, after))));
        assertEquals(version, entries.getLong("items[0].version"));
    }

    @Test
    void aRefusedTargetWriteLeavesNoEntry() {
        String stale = "stale-" + UUID.randomUUID();
        AuditTrailReads.byNamedUser("zarina", "admin").header("X-Request-Id", stale).header("If-Match", "\"-1\"")
                .body(Map.of("items", List.of(Map.of("indicator", "centers.open", "year", 2030, "target", 5))))
                .put("/reports/targets").then().statusCode(412);
        String invalid = "invalid-" + UUID.randomUUID();
        AuditTrailReads.byNamedUser("zarina", "admin").header("X-Request-Id", invalid)
                .body(Map.of("items", List.of(Map.of("indicator", "centers.elsewhere", "year", 2030, "target", 5))))
                .put("/reports/targets").then().statusCode(400);
        String forbidden = "forbidden-" + UUID.randomUUID();
        AuditTrailReads.byNamedUser("farrukh", "analyst").header("X-Request-Id", forbidden)
                .body(Map.of("items", List.of(Map.of("indicator", "centers.open", "year", 2030, "target", 5))))
                .put("/reports/targets").then().statusCode(403);

        for (String requestId : List.of(stale, invalid, forbidden)) {
            assertEquals(0, AuditTrailReads.ofRequest(requestId).getInt("totalItems"), requestId);
        }
    }

    @Test
    void puttingTheSameTargetsAgainLeavesNoEntry() {
        JsonPath current = given().auth().oauth2(DevTokens.token("admin")).get("/reports/targets")
                .then().statusCode(200).extract().jsonPath();
        String requestId = "same-" + UUID.randomUUID();
        AuditTrailReads.byNamedUser("zarina", "admin").header("X-Request-Id", requestId)
                .body(Map.of("items", current.getList("items")))
                .put("/reports/targets").then().statusCode(200);
        assertEquals(0, AuditTrailReads.ofRequest(requestId).getInt("totalItems"));
    }

    /** The targets as the audit entry shows them: {"2030 training.female": 12}. */
    private static Map<String, Object> keyed(List<Map<String, Object>> items) {
        Map<String, Object> keyed = new LinkedHashMap<>();
        items.forEach(item -> keyed.put(item.get("year") + " " + item.get("indicator"),
                ((Number) item.get("target")).intValue()));
        return keyed;
    }
}
