package org.hamkori.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

/**
 * What every service serves alike (SPEC §2, §3): public reference data, health, OpenAPI and problem+json
 * for unknown paths. Each service runs it by extending it in a {@code @QuarkusTest}.
 */
public abstract class CommonEndpointsContract {

    @Test
    void referenceDistrictsArePublicAndHoldTheProgrammesDistricts() {
        given().get("/reference/districts").then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("version", notNullValue())
                .body("items.code", hasItems("KHATLON.QUBODIYON", "KHATLON.JAYHUN", "KHATLON.FARKHOR",
                        "SUGHD.ISTARAVSHAN", "SUGHD.ISFARA"))
                .body("items.find { it.code == 'KHATLON.FARKHOR' }.afghanBorder", equalTo(true))
                .body("items.find { it.code == 'KHATLON.FARKHOR' }.name.ru", equalTo("Фархор"));
        given().get("/reference/districts?regionCode=SUGHD").then()
                .statusCode(200).body("items.regionCode.unique()", equalTo(java.util.List.of("SUGHD")));
        given().get("/reference/districts?regionCode=MARS").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void referenceRegionsArePublic() {
        given().get("/reference/regions").then()
                .statusCode(200)
                .body("items.code", hasItems("DUSHANBE", "SUGHD", "KHATLON", "GBAO", "RRS"));
    }

    @Test
    void theServiceIsLiveAndReadyWithItsDatabaseAndKafkaOnItsManagementPort() {
        given().port(managementPort()).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().port(managementPort()).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.size()", greaterThanOrEqualTo(2));
        given().port(managementPort()).get("/q/metrics").then().statusCode(200);
    }

    @Test
    void healthAndMetricsAreNotServedOnTheApiPort() {
        given().get("/q/health/ready").then().statusCode(404);
        given().auth().oauth2(DevTokens.token("admin")).get("/q/metrics").then().statusCode(404);
    }

    @Test
    void onlyATokenFromTheTrustedIssuerForTheApiWithItsKeyAndStillValidIsAccepted() {
        String path = protectedPath();
        given().auth().oauth2(DevTokens.token("admin")).get(path).then().statusCode(200);
        given().get(path).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.expiredToken("admin")).get(path).then().statusCode(401);
        given().auth().oauth2(DevTokens.tokenSignedByAnotherKey(DevTokens.ISSUER, "admin")).get(path).then().statusCode(401);
        given().auth().oauth2(DevTokens.tokenFrom("https://elsewhere.example/realms/hamkori", DevTokens.AUDIENCE, "admin"))
                .get(path).then().statusCode(401);
        given().auth().oauth2(DevTokens.tokenFrom(DevTokens.ISSUER, "another-api", "admin")).get(path).then().statusCode(401);
        given().auth().oauth2(DevTokens.unsignedToken(DevTokens.ISSUER, "admin")).get(path).then().statusCode(401);
        given().auth().oauth2("not-a-jwt").get(path).then().statusCode(401);
    }

    /** A read that needs a token and that admin may make, e.g. a list. */
    protected abstract String protectedPath();

    /** The management interface's test port: by convention the API test port + 1000 (18081 → 19081). */
    protected int managementPort() {
        return io.restassured.RestAssured.port + 1000;
    }

    @Test
    void theOpenApiDocumentIsPublic() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", notNullValue());
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        String path = protectedPath();
        for (var answer : java.util.List.of(
                given().get("/reference/regions").then().statusCode(200),
                given().get(path).then().statusCode(401),
                given().auth().oauth2(DevTokens.token("admin")).get(path).then().statusCode(200),
                given().auth().oauth2(DevTokens.token("admin")).get("/no-such-resource").then().statusCode(404))) {
            answer.header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer");
        }
    }

    @Test
    void signedInAnswersAreNeverStoredByACache() {
        given().auth().oauth2(DevTokens.token("admin")).get(protectedPath()).then()
                .statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void strictTransportSecurityIsSentOnlyBehindTls() {
        given().get("/reference/regions").then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
        given().header("X-Forwarded-Proto", "https").get("/reference/regions").then().statusCode(200)
                .header("Strict-Transport-Security", containsString("max-age="));
    }

    @Test
    void aBodyLargerThanOneMegabyteIsRefusedBeforeItIsRead() {
        byte[] body = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        // from the web app's origin: the browser may read the refusal only with the CORS headers on it
        given().auth().oauth2(DevTokens.token("admin")).header("Origin", "http://127.0.0.1:3000")
                .contentType("application/json").body(body)
                .post(protectedPath()).then()
                .statusCode(413).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", "http://127.0.0.1:3000")
                .body("status", equalTo(413)).body("detail", containsString("1048576"));
    }

    @Test
    void anUnknownPathIsAProblemNotAPage() {
        given().auth().oauth2(DevTokens.token("admin")).get("/no-such-resource").then()
                .statusCode(404);
    }
}
