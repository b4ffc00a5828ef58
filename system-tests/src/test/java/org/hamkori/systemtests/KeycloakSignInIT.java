package org.hamkori.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.hamkori.scenario.DemoSignIn;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged services as deployed, with the demo users signed in at the real Keycloak: each role reaches
 * what SPEC §2 gives it and is refused elsewhere; a token Keycloak did not sign is a 401.
 */
class KeycloakSignInIT {

    @BeforeAll
    static void suite() {
        Suite.ensureRunning();
    }

    /** service, method, path, then the status for admin, coordinator, trainer, analyst, partner. */
    private static final List<String> EXPECTED = List.of(
            "CENTERS   GET  /centers                 200 200 200 200 403",
            "CENTERS   POST /centers                 400 400 403 403 403",
            "GROUPS    GET  /groups                  200 200 403 200 403",
            "GROUPS    POST /groups                  400 400 403 403 403",
            "TRAINING  GET  /courses                 200 403 200 200 403",
            "TRAINING  GET  /trainees                200 403 200 403 403",
            "TRAINING  POST /trainees                400 403 400 403 403",
            "REPORTING GET  /reports/overview        200 200 200 200 200",
            "REPORTING GET  /reports/export/dhis2    200 403 403 200 403",
            "REPORTING PUT  /reports/targets         400 403 403 403 403",
            "REPORTING GET  /admin/dead-letters      200 403 403 403 403");

    @Test
    void eachDemoUserReachesWhatItsRoleMayAndIsRefusedElsewhere() {
        List<String> mismatches = new ArrayList<>();
        for (String row : EXPECTED) {
            String[] cells = row.trim().split("\\s+");
            Suite.Service service = Suite.Service.valueOf(cells[0]);
            for (int i = 0; i < DevTokens.ROLES.size(); i++) {
                String role = DevTokens.ROLES.get(i);
                int status = given().baseUri(service.url()).contentType(ContentType.JSON).body("{}")
                        .auth().oauth2(SignIn.token(role)).request(cells[1], cells[2]).statusCode();
                if (status != Integer.parseInt(cells[3 + i])) {
                    mismatches.add(cells[1] + " " + service.url() + cells[2] + " as " + role + ": " + status);
                }
            }
            int anonymous = given().baseUri(service.url()).contentType(ContentType.JSON).body("{}")
                    .request(cells[1], cells[2]).statusCode();
            if (anonymous != 401) {
                mismatches.add(cells[1] + " " + cells[2] + " without a token: " + anonymous);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void aTokenKeycloakDidNotSignIsRefused() {
        String issuer = DemoSignIn.issuer();
        String genuine = SignIn.token("partner");
        String[] parts = genuine.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"groups\":[\"partner\"]", "\"groups\":[\"admin\"]");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        Instant longAgo = Instant.now().minusSeconds(7200);
        List<String> refused = List.of(
                DevTokens.tokenSignedByAnotherKey(issuer, "admin"),
                DevTokens.tokenSignedByAnotherKey("http://127.0.0.1:8180/realms/elsewhere", "admin"),
                DevTokens.unsignedToken(issuer, "admin"),
                DevTokens.sign("dev-admin", longAgo, longAgo.plusSeconds(600), "admin"),
                tampered);
        for (String token : refused) {
            given().baseUri(Suite.Service.CENTERS.url()).auth().oauth2(token).get("/centers").then().statusCode(401);
            given().baseUri(Suite.Service.REPORTING.url()).auth().oauth2(token).get("/admin/dead-letters")
                    .then().statusCode(401);
        }
        given().baseUri(Suite.Service.CENTERS.url()).auth().oauth2(SignIn.token("admin")).get("/centers")
                .then().statusCode(200);
    }

    @Test
    void metricsAndHealthAnswerOnTheManagementPortOnly() {
        for (Suite.Service service : List.of(Suite.Service.CENTERS, Suite.Service.REPORTING)) {
            given().baseUri(service.managementUrl()).get("/q/metrics").then().statusCode(200);
            given().baseUri(service.url()).auth().oauth2(SignIn.token("admin")).get("/q/metrics").then().statusCode(404);
        }
    }
}
