package org.hamkori.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamkori.training.TrainingApi.as;
import static org.hamkori.training.TrainingApi.course;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CourseApiTest {

    @Test
    void creatingACourseAnswersCreatedWithLocationAndETag() {
        Map<String, Object> body = course();
        String code = (String) body.get("code");
        as("trainer").body(body).post("/courses").then()
                .statusCode(201)
                .contentType("application/json")
                .header("Location", endsWith("/courses/" + code))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("topics", equalTo(List.of("COMMUNITY_POLICING_PRINCIPLES", "DIALOGUE")))
                .body("hours", equalTo(20))
                .body("passMark", equalTo(70))
                .body("version", equalTo(0));

        as("analyst").get("/courses/{code}", code).then()
                .statusCode(200).header("ETag", "\"0\"").body("title", equalTo(body.get("title")));
    }

    @Test
    void coursesAreListedPagedAndByTopic() {
        Map<String, Object> peace = course();
        peace.put("topics", List.of("PEACEBUILDING", "CONFLICT_ANALYSIS"));
        as("admin").body(peace).post("/courses").then().statusCode(201);
        String other = TrainingApi.createCourse(10, 50);

        as("analyst").get("/courses?topic=PEACEBUILDING&size=500").then()
                .statusCode(200)
                .body("items.code", hasItem(peace.get("code")))
                .body("items.code", not(hasItem(other)));
        as("analyst").get("/courses?page=0&size=1").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("size", equalTo(1))
                .body("totalItems", greaterThanOrEqualTo(2));
        as("analyst").get("/courses?topic=COOKING").then().statusCode(400).body("errors.field", hasItem("topic"));
    }

    @Test
    void invalidCoursesAreBadRequestsNamingEveryField() {
        Map<String, Object> body = course();
        body.put("code", "lower case");
        body.put("topics", List.of());
        body.put("hours", 0);
        body.put("passMark", 101);
        body.remove("title");
        as("trainer").body(body).post("/courses").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("code", "topics", "hours", "passMark", "title"));

        body = course();
        body.put("passMark", -1);
        as("trainer").body(body).post("/courses").then().statusCode(400).body("errors.field", hasItem("passMark"));
        body.put("topics", List.of("COOKING"));
        as("trainer").body(body).post("/courses").then().statusCode(400).body("errors.field", hasItem("topics[0]"));
    }

    @Test
    void passMarkBoundsAreInclusive() {
        Map<String, Object> body = course();
        body.put("passMark", 0);
        as("trainer").body(body).post("/courses").then().statusCode(201);
        body = course();
        body.put("passMark", 100);
        as("trainer").body(body).post("/courses").then().statusCode(201);
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        Map<String, Object> body = course();
        as("trainer").body(body).post("/courses").then().statusCode(201);
        as("trainer").body(body).post("/courses").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString((String) body.get("code")));
    }

    @Test
    void anUnknownCourseIsNotFound() {
        as("trainer").get("/courses/NO-SUCH-COURSE").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyTrainersAndAdminsCreateCoursesAndATokenIsNeeded() {
        as("analyst").body(course()).post("/courses").then().statusCode(403).contentType("application/problem+json");
        as("coordinator").body(course()).post("/courses").then().statusCode(403);
        given().get("/courses").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        as("analyst").get("/courses").then().statusCode(200);
        as("partner").get("/courses").then().statusCode(403);
    }

    @Test
    void retryingACreateWithTheSameIdempotencyKeyReturnsTheFirstCourse() {
        Map<String, Object> body = course();
        String key = "retry-" + body.get("code");
        as("trainer").header("Idempotency-Key", key).body(body).post("/courses").then().statusCode(201);
        as("trainer").header("Idempotency-Key", key).body(body).post("/courses").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("code", equalTo(body.get("code")));

        body.put("title", "Another title");
        as("trainer").header("Idempotency-Key", key).body(body).post("/courses").then()
                .statusCode(422).contentType("application/problem+json");
    }
}
