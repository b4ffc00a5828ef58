package org.hamkori.webhooks;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * SPEC §11 for endpoints: each write records who made it, in which role, and the fields before and after, in its
 * transaction; a signing secret is marked personal, so that it shows as {@code "***"} (no role of webhooks-service
 * reads personal data), and is never in the trail in clear.
 */
@QuarkusTest
class EndpointAuditTest {

    private static final String PARTNER = "AUDITPARTNER";

    @Test
    void aPartnersRegistrationChangeAndRotationAreRecordedWithTheFieldsChangedAndNeverTheSecret() {
        try (Receiver receiver = new Receiver()) {
            String token = PartnerTokens.partner(PARTNER);
            String requestId = "register-" + UUID.randomUUID();
            JsonPath created = given().auth().oauth2(token).header("X-Request-Id", requestId)
                    .contentType("application/json").body(Map.of("url", receiver.url(), "description", "first"))
                    .post("/webhooks/endpoints").then().statusCode(201).extract().jsonPath();
            String id = created.getString("id");
            String secret = created.getString("secret");
            receiver.trusting(secret);

            Map<String, Object> registered = only(requestId);
            assertEquals("partner-" + PARTNER, registered.get("actor"));
            assertEquals("partner", registered.get("role"));
            assertEquals("Endpoint", registered.get("aggregate"));
            assertEquals(id, registered.get("id"));
            assertEquals("EndpointRegistered", registered.get("action"));
            assertEquals(Arrays.asList(null, receiver.url()), changes(registered).get("url"));
            assertEquals(Arrays.asList(null, PARTNER), changes(registered).get("partnerCode"));
            assertEquals(Arrays.asList(null, "***"), changes(registered).get("secret"));
            assertTrue(personalFields(registered).contains("secret"), "the secret is marked");

            String changeId = "change-" + UUID.randomUUID();
            given().auth().oauth2(token).header("X-Request-Id", changeId)
                    .contentType("application/json")
                    .body(Map.of("url", receiver.url(), "description", "second", "enabled", false))
                    .put("/webhooks/endpoints/" + id).then().statusCode(200);
            Map<String, Object> changed = only(changeId);
            assertEquals("EndpointDisabled", changed.get("action"));
            assertEquals(List.of("first", "second"), changes(changed).get("description"));
            assertEquals(List.of(true, false), changes(changed).get("enabled"));
            assertFalse(changes(changed).containsKey("url"), "only the fields that changed");

            String rotationId = "rotation-" + UUID.randomUUID();
            String rotated = given().auth().oauth2(token).header("X-Request-Id", rotationId)
                    .post("/webhooks/endpoints/" + id + "/secret/rotation").then().statusCode(200).extract()
                    .path("secret");
            Map<String, Object> rotation = only(rotationId);
            assertEquals("SecretRotated", rotation.get("action"));
            assertEquals(List.of("***", "***"), changes(rotation).get("secret"));
            assertEquals(Arrays.asList(null, "***"), changes(rotation).get("previousSecret"));
            assertTrue(personalFields(rotation).containsAll(List.of("secret", "previousSecret")));

            String trail = given().auth().oauth2(DevTokens.token("admin")).get("/admin/audit?id=" + id + "&size=100")
                    .then().statusCode(200).extract().asString();
            for (String shown : List.of(secret, rotated, secret.substring("whsec_".length()),
                    rotated.substring("whsec_".length()))) {
                assertFalse(trail.contains(shown), "no secret in the audit trail");
            }

            String deleteId = "delete-" + UUID.randomUUID();
            given().auth().oauth2(token).header("X-Request-Id", deleteId).delete("/webhooks/endpoints/" + id).then()
                    .statusCode(204);
            assertEquals("EndpointDeleted", only(deleteId).get("action"));
        }
    }

    @Test
    void aRefusedWriteLeavesNoEntry() {
        try (Receiver receiver = new Receiver()) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver);
            String requestId = "stale-" + UUID.randomUUID();
            given().auth().oauth2(DevTokens.token("admin")).header("X-Request-Id", requestId)
                    .header("If-Match", "\"41\"").contentType("application/json")
                    .body(Map.of("url", receiver.url(), "description", "never"))
                    .put("/webhooks/endpoints/" + endpoint.id()).then().statusCode(412);
            assertEquals(0, entries(requestId).size());
            WebhooksApi.delete(endpoint.id());
        }
    }

    private static Map<String, Object> only(String requestId) {
        List<Map<String, Object>> entries = entries(requestId);
        assertEquals(1, entries.size(), () -> "one entry for request " + requestId + ": " + entries);
        return entries.get(0);
    }

    private static List<Map<String, Object>> entries(String requestId) {
        return given().auth().oauth2(DevTokens.token("admin")).get("/admin/audit?requestId=" + requestId).then()
                .statusCode(200).extract().jsonPath().getList("items");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Object>> changes(Map<String, Object> entry) {
        return (Map<String, List<Object>>) entry.get("changes");
    }

    @SuppressWarnings("unchecked")
    private static List<String> personalFields(Map<String, Object> entry) {
        return (List<String>) entry.get("personalFields");
    }
}
