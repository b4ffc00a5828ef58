package org.hamkori.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.testkit.shared.AuditTrailReads;
import org.hamkori.testkit.shared.InsideTheService;
import org.hamkori.training.service.SessionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §11 for training: who changed what, in the transaction of the change; a session's and a trainee's history. */
@QuarkusTest
class TrainingAuditTest {

    @Inject
    SessionService service;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "trainer"})
    void aWriteLeavesOneEntryWithItsActorRoleChangedFieldsAndEventId(String role) {
        String course = TrainingApi.createCourse(20, 70);
        String user = "nodira-" + role;
        String requestId = "schedule-" + UUID.randomUUID();
        String session = AuditTrailReads.byNamedUser(user, role).header("X-Request-Id", requestId)
                .body(TrainingApi.session(course)).post("/sessions")
                .then().statusCode(201).header("X-Request-Id", requestId).extract().path("id");

        JsonPath entries = AuditTrailReads.onlyEntryOfRequest(requestId, Map.of("actor", user, "role", role,
                "aggregate", "Session", "id", session, "action", "TrainingSessionScheduled",
                "eventId", InsideTheService.publishedEventId(session, 0)));
        assertEquals(Arrays.asList(null, course), entries.getList("items[0].changes.courseCode"));
        assertEquals(Arrays.asList(null, TrainingApi.TRAINERS), entries.getList("items[0].changes.trainers"));
        assertEquals(List.of("trainers"), entries.getList("items[0].personalFields"));
    }

    @Test
    void registeringATraineePublishesNothingButLeavesAnEntryWithTheirPersonalFieldsMarked() {
        String requestId = "register-" + UUID.randomUUID();
        Map<String, Object> trainee = TrainingApi.trainee();
        String id = TrainingApi.as("trainer").header("X-Request-Id", requestId).body(trainee).post("/trainees")
                .then().statusCode(201).extract().path("id");

        JsonPath entries = AuditTrailReads.onlyEntryOfRequest(requestId, Map.of("aggregate", "Trainee", "id", id,
                "action", "RegisterTrainee", "actor", "dev-trainer"));
        assertEquals(Arrays.asList(null, trainee.get("fullName")), entries.getList("items[0].changes.fullName"));
        assertTrue(entries.getList("items[0].personalFields").containsAll(List.of("fullName", "phone", "birthYear")));
        assertNull(entries.get("items[0].eventId"));
    }

    @Test
    void aRefusedWriteLeavesNoAuditEntry() {
        String session = TrainingApi.scheduleSession(TrainingApi.createCourse(20, 70));
        String trainee = TrainingApi.enrolledTrainee(session);
        String requestId = "complete-early-" + UUID.randomUUID();
        TrainingApi.as("trainer").header("X-Request-Id", requestId)
                .body(Map.of("completedOn", "2021-10-01", "results", List.of(TrainingApi.result(trainee, 20, 90))))
                .post("/sessions/{id}/results", session).then().statusCode(409);
        assertEquals(0, AuditTrailReads.ofRequest(requestId).getInt("totalItems"));
    }

    @Test
    void aRolledBackWriteLeavesNoAuditEntry() {
        String session = TrainingApi.scheduleSession(TrainingApi.createCourse(20, 70));
        UUID trainee = UUID.fromString(TrainingApi.registerTrainee());
        InsideTheService.rolledBack(() -> service.enroll(UUID.fromString(session), trainee));
        assertEquals(List.of("TrainingSessionScheduled"), history("sessions", session, "admin").getList("items.action"));
    }

    @Test
    void aSessionsHistoryShowsItsEnrolmentsAndResultsNewestFirst() {
        String session = TrainingApi.scheduleSession(TrainingApi.createCourse(20, 70));
        String trainee = TrainingApi.enrolledTrainee(session);
        TrainingApi.recordResults(session, List.of(TrainingApi.result(trainee, 4, 30))).then().statusCode(200);

        JsonPath history = history("sessions", session, "trainer");
        assertEquals(List.of("TrainingSessionCompleted", "EnrollTrainee", "TrainingSessionScheduled"),
                history.getList("items.action"));
        assertEquals(List.of("SCHEDULED", "COMPLETED"), history.getList("items[0].changes.status"));
        assertEquals(List.of(0, 1), history.getList("items[1].changes.enrolled"));
    }

    @Test
    void aCommittedRegisterRowLeavesAnEntryOnTheTraineeItRegistered() {
        String register = "fullName,sex,birthYear,category,districtCode\nAudit Row " + UUID.randomUUID().toString()
                .replaceAll("[^a-f]", "") + ",MALE,1985,POLICE_OFFICER," + TrainingApi.QUBODIYON + "\n";
        String traineeImport = TrainingApi.uploadedImport(register, null);
        String trainee = TrainingApi.commitImport(traineeImport, Map.of()).then().statusCode(200).extract()
                .path("rows[0].traineeId");

        JsonPath history = history("trainees", trainee, "admin");
        assertEquals("ImportTrainee", history.getString("items.find { it.action != 'READ_PERSONAL_DATA' }.action"));
    }

    @Test
    void readingATraineeIsRecordedWithoutTheirData() {
        String trainee = TrainingApi.registerTrainee();
        TrainingApi.as("trainer").get("/trainees/{id}", trainee).then().statusCode(200);

        JsonPath history = history("trainees", trainee, "admin");
        assertEquals(List.of("READ_PERSONAL_DATA", "RegisterTrainee"), history.getList("items.action"));
        assertEquals("dev-trainer", history.getString("items[0].actor"));
        assertEquals(Map.of(), history.getMap("items[0].changes"));
        // the admin's history page itself showed the trainee's name: recorded too
        assertEquals("dev-admin", history("trainees", trainee, "admin").getString("items[0].actor"));
    }

    @Test
    void readingASessionsEnrolmentsIsRecordedOnTheSession() {
        String session = TrainingApi.scheduleSession(TrainingApi.createCourse(20, 70));
        TrainingApi.enrolledTrainee(session);
        TrainingApi.as("trainer").get("/sessions/{id}/enrollments", session).then().statusCode(200);

        assertEquals("READ_PERSONAL_DATA", history("sessions", session, "admin").getString("items[0].action"));
    }


    /** The history of a session or trainee ({@code collection}) as {@code role} sees it. */
    static JsonPath history(String collection, String id, String role) {
        return AuditTrailReads.history("/" + collection + "/{id}/history", id, role);
    }
}
