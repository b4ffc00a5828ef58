package org.hamkori.testkit.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.hamkori.testkit.DevTokens;

/** The audit trail (SPEC §11) as every service's tests read it: through the kit's endpoints, as the admin. */
public final class AuditTrailReads {

    private AuditTrailReads() {
    }

    /** A JSON request by a named user with {@code role}, so that the entry's actor can be checked. */
    public static RequestSpecification byNamedUser(String user, String role) {
        return given().contentType(ContentType.JSON)
                .auth().oauth2(DevTokens.tokenFor("subject-" + user, Map.of("preferred_username", user), role));
    }

    /** The entries one request ({@code X-Request-Id}) left, as the admin reads them. */
    public static JsonPath ofRequest(String requestId) {
        return given().auth().oauth2(DevTokens.token("admin")).queryParam("requestId", requestId).get("/admin/audit")
                .then().statusCode(200).extract().jsonPath();
    }

    /**
     * The one entry a request left, checked against {@code expected} (e.g. actor, role, aggregate, id, version,
     * action); the entries are returned for what else the test checks ({@code items[0].changes…}).
     */
    public static JsonPath onlyEntryOfRequest(String requestId, Map<String, Object> expected) {
        JsonPath entries = ofRequest(requestId);
        assertEquals(1, entries.getInt("totalItems"), "entries of request " + requestId);
        Map<String, Object> entry = entries.getMap("items[0]");
        expected.forEach((field, value) -> assertEquals(value, entry.get(field), field));
        return entries;
    }

    /** An aggregate's history ({@code /groups/{id}/history}) as {@code role} reads it. */
    public static JsonPath history(String path, String id, String role) {
        return given().auth().oauth2(DevTokens.token(role)).get(path, id).then().statusCode(200).extract().jsonPath();
    }
}
