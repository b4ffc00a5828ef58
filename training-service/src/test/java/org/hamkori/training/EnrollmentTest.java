package org.hamkori.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamkori.training.TrainingApi.as;
import static org.hamkori.training.TrainingApi.createCourse;
import static org.hamkori.training.TrainingApi.enroll;
import static org.hamkori.training.TrainingApi.enrolledTrainee;
import static org.hamkori.training.TrainingApi.registerTrainee;
import static org.hamkori.training.TrainingApi.schedule;
import static org.hamkori.training.TrainingApi.scheduleSession;
import static org.hamkori.training.TrainingApi.session;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnrollmentTest {

    @Test
    void enrollingATraineeAnswersCreatedAndCountsTowardsTheSession() {
        String session = scheduleSession(createCourse(20, 70));
        String trainee = registerTrainee();
        enroll(session, trainee).then()
                .statusCode(201)
                .header("Location", endsWith("/sessions/" + session + "/enrollments/" + trainee))
                .header("ETag", "\"1\"")
                .body("traineeId", equalTo(trainee))
                .body("sessionId", equalTo(session))
                .body("passed", nullValue());

        as("trainer").get("/sessions/{id}", session).then().header("ETag", "\"1\"").body("enrolled", equalTo(1));
        as("trainer").get("/sessions/{id}/enrollments/{t}", session, trainee).then()
                .statusCode(200).body("fullName", containsString("Malika Rahimova"));
        as("trainer").get("/sessions/{id}/enrollments", session).then()
                .statusCode(200).body("items.traineeId", equalTo(List.of(trainee))).body("totalItems", equalTo(1));
    }

    @Test
    void capacityIsEnforcedAtEnrolment() {
        Map<String, Object> body = session(createCourse(20, 70));
        body.put("capacity", 2);
        String session = schedule(body).then().statusCode(201).extract().path("id");
        enrolledTrainee(session);
        enrolledTrainee(session);

        enroll(session, registerTrainee()).then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("full"));
        as("trainer").get("/sessions/{id}", session).then().body("enrolled", equalTo(2));
    }

    @Test
    void anUnknownTraineeOrSessionIsRefused() {
        String session = scheduleSession(createCourse(20, 70));
        enroll(session, UUID.randomUUID().toString()).then()
                .statusCode(400).body("errors.field", hasItem("traineeId"));
        as("trainer").body(Map.of()).post("/sessions/{id}/enrollments", session).then()
                .statusCode(400).body("errors.field", hasItem("traineeId"));
        as("trainer").body(Map.of("traineeId", "someone")).post("/sessions/{id}/enrollments", session).then()
                .statusCode(400).body("errors.field", hasItem("traineeId"));
        enroll(UUID.randomUUID().toString(), registerTrainee()).then().statusCode(404);
        as("trainer").get("/sessions/{id}/enrollments", UUID.randomUUID()).then().statusCode(404);
        as("trainer").get("/sessions/{id}/enrollments/{t}", session, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void enrolmentsNameTraineesSoOnlyTrainersAndAdminsSeeThem() {
        String session = scheduleSession(createCourse(20, 70));
        String trainee = registerTrainee();
        as("analyst").body(Map.of("traineeId", trainee)).post("/sessions/{id}/enrollments", session).then()
                .statusCode(403);
        as("analyst").get("/sessions/{id}/enrollments", session).then().statusCode(403);
        as("admin").body(Map.of("traineeId", trainee)).post("/sessions/{id}/enrollments", session).then()
                .statusCode(201);
    }

    @Test
    void retryingAnEnrolmentWithTheSameIdempotencyKeyReturnsTheFirst() {
        String session = scheduleSession(createCourse(20, 70));
        String trainee = registerTrainee();
        String key = "enrol-" + trainee;
        as("trainer").header("Idempotency-Key", key).body(Map.of("traineeId", trainee))
                .post("/sessions/{id}/enrollments", session).then().statusCode(201);
        as("trainer").header("Idempotency-Key", key).body(Map.of("traineeId", trainee))
                .post("/sessions/{id}/enrollments", session).then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("traineeId", equalTo(trainee));
        as("trainer").get("/sessions/{id}", session).then().body("enrolled", equalTo(1));
    }
}
