package org.hamkori.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/verify/HK-2021-ABC", "/config.json", "/assets/index-abc123.js",
            "/assets/index-missing.js"})
    void everyAnswerCarriesTheSecurityHeaders(String path) {
        ValidatableResponse answer = given().get(path).then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY");
        Map<String, String> policy = directives(answer.extract().header("Content-Security-Policy"));
        assertEquals("'none'", policy.get("frame-ancestors"), "no other site frames the app");
        assertEquals("'self'", policy.get("script-src"), "only the app's own script files run");
        assertEquals("'self'", policy.get("default-src"));
        assertEquals("'none'", policy.get("object-src"));
    }

    @Test
    void theAppTalksOnlyToItsApisAndItsIdentityProvider() {
        Map<String, String> policy = directives(given().get("/").then().extract().header("Content-Security-Policy"));
        assertEquals(List.of("'self'", "http://127.0.0.1:8081", "http://127.0.0.1:8082", "http://127.0.0.1:8083",
                "https://reports.example.org", "http://127.0.0.1:8085", "http://127.0.0.1:8180"),
                List.of(policy.get("connect-src").split(" ")));
        assertEquals("'self' http://127.0.0.1:8180", policy.get("frame-src"),
                "silent renewal frames the identity provider, which redirects back to the app");
    }

    @Test
    void noPolicyAllowsInlineScripts() {
        String policy = given().get("/").then().extract().header("Content-Security-Policy");
        Map<String, String> directives = directives(policy);
        assertFalse(directives.get("script-src").contains("unsafe"), policy);
        assertFalse(directives.get("default-src").contains("unsafe"), policy);
    }

    @Test
    void onlyTheAppItselfFramesTheSilentRenewalPage() {
        Map<String, String> policy = directives(given().get(SecurityHeaders.SILENT_RENEWAL_PAGE).then().statusCode(200)
                .body(containsString("hamkori-test-silent")).header("X-Frame-Options", "SAMEORIGIN")
                .extract().header("Content-Security-Policy"));
        assertEquals("'self'", policy.get("frame-ancestors"));
        assertEquals("'self'", policy.get("script-src"));
    }

    @Test
    void plainHttpGetsNoStrictTransportSecurity() {
        given().get("/").then().header("Strict-Transport-Security", nullValue());
        given().header("X-Forwarded-Proto", "http").get("/").then().header("Strict-Transport-Security", nullValue());
    }

    @Test
    void behindATlsProxyTheAppAsksForHttpsFromNowOn() {
        given().header("X-Forwarded-Proto", "https").get("/").then()
                .header("Strict-Transport-Security", equalTo(SecurityHeaders.HSTS));
        given().header("X-Forwarded-Proto", "https, http").get("/config.json").then()
                .header("Strict-Transport-Security", allOf(containsString("max-age="), not(containsString("max-age=0"))));
    }

    private static Map<String, String> directives(String policy) {
        assertTrue(policy != null && !policy.isBlank(), "a Content-Security-Policy");
        return Arrays.stream(policy.split(";")).map(String::trim).filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.contains(" ") ? d.split(" ", 2)[1] : ""));
    }
}
