package org.hamkori.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebUiTest {

    @ConfigProperty(name = "quarkus.management.test-port")
    int managementPort;

    @Test
    void theRootServesTheApp() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache").body(containsString("hamkori-test-index"));
    }

    @Test
    void aPathOfTheAppFallsBackToIndexSoTheAppShowsThePage() {
        given().get("/verify/HK-2021-ABC").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("hamkori-test-index"));
        given().get("/regions/KHATLON").then().statusCode(200).body(containsString("hamkori-test-index"));
    }

    @Test
    void hashedAssetsAreCachedForAYear() {
        given().get("/assets/index-abc123.js").then().statusCode(200)
                .header("Cache-Control", containsString("max-age=31536000"))
                .body(containsString("hamkori-test-asset"));
    }

    @Test
    void aBrowserThatAcceptsGzipGetsTheGzippedCopyOfAnAsset() {
        given().header("Accept-Encoding", "gzip").get("/assets/index-abc123.js").then().statusCode(200)
                .header("Content-Encoding", "gzip").contentType(containsString("text/javascript"))
                .body(containsString("hamkori-test-asset"));
    }

    @Test
    void aMissingAssetIsNotFoundRatherThanTheApp() {
        given().get("/assets/index-missing.js").then().statusCode(404);
    }

    @Test
    void theRuntimeConfigurationNamesTheServicesAndTheSignInIssuer() {
        given().get("/config.json").then().statusCode(200).contentType(containsString("application/json"))
                .header("Cache-Control", "no-store")
                .body("centersUrl", equalTo("http://127.0.0.1:8081"))
                .body("groupsUrl", equalTo("http://127.0.0.1:8082"))
                .body("trainingUrl", equalTo("http://127.0.0.1:8083"))
                .body("reportingUrl", equalTo("https://reports.example.org"))
                .body("webhooksUrl", equalTo("http://127.0.0.1:8085"))
                .body("issuer", equalTo("http://127.0.0.1:8180/realms/hamkori"))
                .body("clientId", equalTo("hamkori-web"));
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPortNotOnTheAppsPort() {
        given().port(managementPort).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().port(managementPort).get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
        given().get("/q/health/ready").then().statusCode(200).body(containsString("hamkori-test-index"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("hamkori-test-index"));
    }
}
