package org.hamkori.training;

import static org.hamcrest.Matchers.equalTo;
import static org.hamkori.training.TrainingApi.as;
import static org.hamkori.training.TrainingApi.course;
import static org.hamkori.training.TrainingApi.createCourse;
import static org.hamkori.training.TrainingApi.schedule;
import static org.hamkori.training.TrainingApi.session;
import static org.hamkori.training.TrainingApi.trainee;
import static org.hamkori.training.TrainingApi.with;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile input is a 4xx problem that names what is wrong, never a 5xx. */
@QuarkusTest
class TrainingInputTest {

    @Test
    void aNulInACourseTitleIsABadRequestNamingTheField() {
        Map<String, Object> body = with(course(), "title", "Community\u0000policing");
        as("trainer").body(body).post("/courses").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("title"));
        as("trainer").get("/courses/{code}", body.get("code")).then().statusCode(404);
    }

    @Test
    void aNulInACourseCodePathOrASessionFilterIsABadRequest() {
        TrainingApi.assertRawQueriesNamed("analyst", "/courses/%00", "code",
                "/sessions?courseCode=A%00B", "courseCode");
    }

    @Test
    void aSessionStartingInAFarYearIsABadRequestNamingTheDate() {
        schedule(with(session(createCourse(20, 70)), "startsOn", "+9999999-01-01")).then()
                .statusCode(400).body("errors[0].field", equalTo("startsOn"));
    }

    @Test
    void aNameThatGrowsWhenLowerCasedIsRegisteredAndFound() {
        Map<String, Object> body = trainee();
        String name = "İ".repeat(200);
        body.put("fullName", name);
        String id = as("trainer").body(body).post("/trainees").then().statusCode(201)
                .body("fullName", equalTo(name)).extract().path("id");
        as("trainer").queryParam("name", "i̇i̇i̇").queryParam("size", 500).get("/trainees").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void aHugePageOfTraineesIsABadRequest() {
        as("trainer").get("/trainees?page=42949673").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }
}
