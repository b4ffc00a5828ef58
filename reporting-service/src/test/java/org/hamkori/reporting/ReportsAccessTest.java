package org.hamkori.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * Who may do what: reports are aggregates every role reads; the DHIS2 export is the analysts' and admins';
 * writes and operations are the admin's; a token without a role reads nothing.
 */
@QuarkusTest
class ReportsAccessTest {

    private static final List<String> REPORTS = List.of("/reports/overview", "/reports/regions", "/reports/districts",
            "/reports/certifications?groupBy=sex", "/reports/issues?groupBy=category", "/reports/targets");
    private static final String DHIS2 = "/reports/export/dhis2?year=2021";
    private static final List<String> NOT_ADMIN = List.of("coordinator", "trainer", "analyst", "partner");

    @Test
    void everyRoleReadsEveryReport() {
        for (String role : DevTokens.ROLES) {
            for (String report : REPORTS) {
                given().auth().oauth2(DevTokens.token(role)).get(report).then().statusCode(200);
            }
        }
    }

    @Test
    void onlyAnalystsAndAdminsExportToDhis2() {
        for (String role : List.of("analyst", "admin")) {
            given().auth().oauth2(DevTokens.token(role)).get(DHIS2).then().statusCode(200);
        }
        for (String role : List.of("coordinator", "trainer", "partner")) {
            given().auth().oauth2(DevTokens.token(role)).get(DHIS2).then().statusCode(403);
        }
    }

    @Test
    void aTokenWithoutARoleReadsNoReport() {
        for (String report : REPORTS) {
            given().auth().oauth2(DevTokens.token()).get(report).then().statusCode(403);
        }
    }

    @Test
    void nobodyReadsAReportWithoutAValidToken() {
        for (String report : REPORTS) {
            given().get(report).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer");
            given().auth().oauth2(DevTokens.expiredToken("analyst")).get(report).then().statusCode(401);
        }
        given().accept("text/event-stream").get("/events/stream").then().statusCode(401);
        given().get("/admin/dead-letters").then().statusCode(401);
        given().post("/admin/rebuild").then().statusCode(401);
    }

    @Test
    void onlyTheAdminWritesTargetsRebuildsAndListsDeadLetters() {
        for (String role : NOT_ADMIN) {
            given().auth().oauth2(DevTokens.token(role)).contentType(ContentType.JSON)
                    .body(Map.of("items", List.of())).put("/reports/targets")
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(DevTokens.token(role)).post("/admin/rebuild").then().statusCode(403);
            given().auth().oauth2(DevTokens.token(role)).get("/admin/rebuild").then().statusCode(403);
            given().auth().oauth2(DevTokens.token(role)).get("/admin/dead-letters").then().statusCode(403);
        }
        given().auth().oauth2(DevTokens.token("admin")).get("/admin/rebuild").then().statusCode(200)
                .body("generations.findAll { it.state == 'ACTIVE' }.size()", equalTo(1));
        given().auth().oauth2(DevTokens.token("admin")).get("/admin/dead-letters?size=1").then().statusCode(200)
                .body("size", equalTo(1));
    }

    @Test
    void theEventStreamIsForPartnersAnalystsAndAdminsOnly() {
        for (String role : List.of("coordinator", "trainer")) {
            given().auth().oauth2(DevTokens.token(role)).accept("text/event-stream").get("/events/stream")
                    .then().statusCode(403);
        }
    }
}
