package org.hamkori.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.testkit.ConsumerLag;

/** Drives the running suite over HTTP as the programme's staff would. */
final class Programme {

    static final List<String> TOPICS = List.of("centers.events", "groups.events", "training.events");
    static final Duration SETTLES_WITHIN = Duration.ofSeconds(120);

    private Programme() {
    }

    static RequestSpecification as(String role, Suite.Service service) {
        return given().baseUri(service.url()).contentType(ContentType.JSON).auth().oauth2(SignIn.token(role));
    }

    static String registerCenter(String districtCode, String constructionType) {
        return registerCenterRequest(districtCode, constructionType).then().statusCode(201).extract().path("id");
    }

    static Response registerCenterRequest(String districtCode, String constructionType) {
        String code = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return as("coordinator", Suite.Service.CENTERS)
                .body(Map.of("code", code, "name", "Centre " + code, "districtCode", districtCode,
                        "constructionType", constructionType, "fundingPartners", List.of("US_EMBASSY", "MVD"),
                        "workplaces", 5))
                .post("/centers");
    }

    /** Forms a group at a centre opened on or before 2021-06-21. */
    static Response formGroupRequest(UUID centerId) {
        return as("coordinator", Suite.Service.GROUPS)
                .body(Map.of("name", "Group at " + centerId, "centerId", centerId, "formedOn", "2021-07-01",
                        "facilitatingPartner", "SAFERWORLD"))
                .post("/groups");
    }

    static Response courseRequest(String code) {
        return as("trainer", Suite.Service.TRAINING)
                .body(Map.of("code", code, "title", "Community policing " + code,
                        "topics", List.of("COMMUNITY_POLICING_PRINCIPLES"), "hours", 16, "passMark", 60))
                .post("/courses");
    }

    /** Schedules a session of the course at a centre opened on or before 2021-06-21. */
    static Response scheduleSessionRequest(String courseCode, UUID centerId) {
        return as("trainer", Suite.Service.TRAINING)
                .body(Map.of("courseCode", courseCode, "startsOn", "2021-09-01", "endsOn", "2021-09-02",
                        "centerId", centerId, "venue", "Training room", "partnerCode", "SAFERWORLD",
                        "trainers", List.of("trainer", "Trainer One"), "capacity", 20))
                .post("/sessions");
    }

    static void transition(String centerId, String path, Map<String, Object> body) {
        as("coordinator", Suite.Service.CENTERS).body(body).post("/centers/{id}/" + path, centerId)
                .then().statusCode(200);
    }

    static String openCenter(String districtCode, String constructionType, String openedOn) {
        String id = registerCenter(districtCode, constructionType);
        transition(id, "opening", Map.of("openedOn", openedOn));
        return id;
    }

    static JsonPath report(String path) {
        return given().baseUri(Suite.Service.REPORTING.url()).auth().oauth2(SignIn.token("analyst"))
                .get(path).then().statusCode(200).extract().jsonPath();
    }

    /** The reports once reporting-service has applied everything on the topics. */
    static Reports settledReports() {
        ConsumerLag.awaitCaughtUp("reporting-service", TOPICS, SETTLES_WITHIN);
        return new Reports(report("/reports/overview"), report("/reports/districts"));
    }

    record Reports(JsonPath overview, JsonPath districts) {

        long overall(String figure) {
            return overview.getLong(figure);
        }

        long district(String districtCode, String figure) {
            return districts.getLong("rows.find { it.districtCode == '" + districtCode + "' }." + figure);
        }
    }
}
