package org.hamkori.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamkori.training.TrainingApi.as;
import static org.hamkori.training.TrainingApi.assertListsExactly;
import static org.hamkori.training.TrainingApi.createCourse;
import static org.hamkori.training.TrainingApi.schedule;
import static org.hamkori.training.TrainingApi.scheduleSession;
import static org.hamkori.training.TrainingApi.session;
import static org.hamkori.training.TrainingApi.with;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionApiTest {

    @Test
    void schedulingASessionInADistrictAnswersCreatedAndTheRegionFollows() {
        String course = createCourse(20, 70);
        String id = schedule(session(course)).then()
                .statusCode(201)
                .header("Location", containsString("/sessions/"))
                .header("ETag", "\"0\"")
                .body("courseCode", equalTo(course))
                .body("status", equalTo("SCHEDULED"))
                .body("regionCode", equalTo("KHATLON"))
                .body("districtCode", equalTo("KHATLON.QUBODIYON"))
                .body("centerId", nullValue())
                .body("partnerCode", equalTo("SAFERWORLD"))
                .body("trainers", equalTo(TrainingApi.TRAINERS))
                .body("capacity", equalTo(25))
                .body("enrolled", equalTo(0))
                .extract().path("id");

        as("trainer").get("/sessions/{id}", id).then()
                .statusCode(200).header("ETag", "\"0\"").body("id", equalTo(id)).body("startsOn", equalTo("2021-10-04"));
    }

    @Test
    void analystsReadSessionsButNotTheTrainersNames() {
        String id = scheduleSession(createCourse(20, 70));
        as("analyst").get("/sessions/{id}", id).then()
                .statusCode(200).body("$", not(hasKey("trainers"))).body("capacity", equalTo(25));
        as("analyst").get("/sessions?size=1").then()
                .statusCode(200).body("items[0]", not(hasKey("trainers")));
        as("admin").get("/sessions/{id}", id).then().body("trainers.size()", equalTo(2));
    }

    @Test
    void withoutACenterTheDistrictIsRequired() {
        Map<String, Object> body = session(createCourse(20, 70));
        body.remove("districtCode");
        schedule(body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("districtCode"));
    }

    @Test
    void invalidSessionsAreBadRequestsNamingEveryField() {
        Map<String, Object> body = session(createCourse(20, 70));
        body.put("partnerCode", "saferworld");
        body.put("trainers", List.of());
        body.put("capacity", 0);
        body.remove("startsOn");
        schedule(body).then().statusCode(400)
                .body("errors.field", hasItems("partnerCode", "trainers", "capacity", "startsOn"));

        body = session(createCourse(20, 70));
        body.put("trainers", List.of("Trainer One", " "));
        schedule(body).then().statusCode(400).body("errors.field", hasItem("trainers[1]"));
    }

    @Test
    void aSessionCannotEndBeforeItStarts() {
        Map<String, Object> body = session(createCourse(20, 70));
        body.put("endsOn", "2021-10-03");
        body.put("districtCode", "KHATLON.ATLANTIS");
        schedule(body).then().statusCode(400).body("errors.field", hasItems("endsOn", "districtCode"));
        body.put("endsOn", "2021-10-04");
        body.put("districtCode", "KHATLON.JAYHUN");
        schedule(body).then().statusCode(201).body("endsOn", equalTo("2021-10-04"));
    }

    @Test
    void aRegionThatDoesNotMatchTheDistrictIsABadRequest() {
        schedule(with(session(createCourse(20, 70)), "regionCode", "SUGHD")).then()
                .statusCode(400).body("errors.field", hasItem("regionCode"));
    }

    @Test
    void anUnknownCourseIsABadRequestNamingIt() {
        schedule(session("NO-SUCH-COURSE")).then().statusCode(400).body("errors.field", hasItem("courseCode"));
    }

    @Test
    void anUnknownSessionIsNotFound() {
        as("trainer").get("/sessions/{id}", "7b0e7a4e-2f1c-4d53-9a77-5b0cbb1d2c11").then()
                .statusCode(404).contentType("application/problem+json");
        as("trainer").get("/sessions/not-a-uuid").then().statusCode(404);
    }

    @Test
    void onlyTrainersAndAdminsScheduleSessions() {
        Map<String, Object> body = session(createCourse(20, 70));
        as("coordinator").body(body).post("/sessions").then().statusCode(403);
        as("analyst").body(body).post("/sessions").then().statusCode(403);
        given().contentType("application/json").body(body).post("/sessions").then().statusCode(401);
        given().auth().oauth2("not-a-jwt").get("/sessions").then()
                .statusCode(401).contentType("application/problem+json");
        as("admin").body(body).post("/sessions").then().statusCode(201);
    }

    @Test
    void retryingAScheduleWithTheSameIdempotencyKeyReturnsTheFirstSession() {
        String course = createCourse(20, 70);
        Map<String, Object> body = session(course);
        String key = "retry-" + course;
        String first = as("trainer").header("Idempotency-Key", key).body(body).post("/sessions").then()
                .statusCode(201).extract().path("id");
        as("trainer").header("Idempotency-Key", key).body(body).post("/sessions").then()
                .statusCode(201).header("Location", endsWith(first)).body("id", equalTo(first));
        as("trainer").get("/sessions?courseCode={code}", course).then().body("totalItems", equalTo(1));

        body.put("capacity", 30);
        as("trainer").header("Idempotency-Key", key).body(body).post("/sessions").then().statusCode(422);
    }

    @Test
    void sessionsAreFilteredByCoursePlacePartnerStatusAndPeriod() {
        String course = createCourse(20, 70);
        Map<String, Object> october = session(course);
        String inOctober = schedule(october).then().statusCode(201).extract().path("id");
        Map<String, Object> march = session(course);
        march.put("startsOn", "2022-03-01");
        march.put("endsOn", "2022-03-03");
        march.put("districtCode", "SUGHD.ISFARA");
        march.put("partnerCode", "US_EMBASSY");
        String inMarch = schedule(march).then().statusCode(201).extract().path("id");

        String ofTheCourse = "/sessions?courseCode={c}&";
        assertListsExactly("analyst", List.of(inMarch), ofTheCourse + "regionCode=SUGHD", course);
        assertListsExactly("analyst", List.of(inOctober), ofTheCourse + "districtCode=KHATLON.QUBODIYON", course);
        assertListsExactly("analyst", List.of(inMarch), ofTheCourse + "partnerCode=US_EMBASSY", course);
        assertListsExactly("analyst", List.of(inMarch, inOctober), ofTheCourse + "status=SCHEDULED", course);
        as("analyst").get("/sessions?courseCode={c}&status=COMPLETED", course).then().body("totalItems", equalTo(0));
        assertListsExactly("analyst", List.of(inOctober), ofTheCourse + "from=2021-10-08&to=2021-12-31", course);
        assertListsExactly("analyst", List.of(inMarch), ofTheCourse + "from=2021-10-09", course);
        assertListsExactly("analyst", List.of(inOctober), ofTheCourse + "to=2021-10-04", course);
        as("analyst").get("/sessions?courseCode={c}&page=1&size=1", course).then()
                .body("items.id", equalTo(List.of(inOctober))).body("totalItems", equalTo(2)).body("page", equalTo(1));
    }

    @Test
    void badListParametersAreBadRequests() {
        TrainingApi.assertBadQueriesNamed("analyst", "/sessions?size=501", "size",
                "/sessions?status=POSTPONED", "status", "/sessions?from=04/10/2021", "from",
                "/sessions?from=2021-10-08&to=2021-10-01", "to", "/sessions?districtCode=NOWHERE", "districtCode",
                "/sessions?regionCode=MARS", "regionCode", "/sessions?centerId=42", "centerId");
    }
}
