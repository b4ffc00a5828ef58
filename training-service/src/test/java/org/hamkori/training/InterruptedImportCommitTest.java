package org.hamkori.training;

import static org.hamcrest.Matchers.equalTo;
import static org.hamkori.training.TrainingApi.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.training.service.ImportCommitSteps;
import org.hamkori.training.service.TraineeImportService;
import org.junit.jupiter.api.Test;

/** A commit the service stopped in the middle of (SPEC §6: imports survive a restart) is finished by the service. */
@QuarkusTest
class InterruptedImportCommitTest {

    /** More than one batch of 200 rows. */
    private static final int ROWS = 250;

    @Inject
    ImportCommitSteps steps;

    @Inject
    TraineeImportService imports;

    @Test
    void aCommitCutShortAfterItsFirstBatchIsFinishedByTheServiceEachRowOnceWithItsEnrolment() {
        Map<String, Object> plan = TrainingApi.session(TrainingApi.createCourse(20, 70));
        plan.put("capacity", ROWS);
        String session = TrainingApi.schedule(plan).then().statusCode(201).extract().path("id");
        StringBuilder register = new StringBuilder("fullName,sex,birthYear,category,districtCode,phone\n");
        for (int i = 0; i < ROWS; i++) {
            register.append("Nilufar ").append(TraineeImportTest.Surname.unique().latin()).append(",FEMALE,")
                    .append(1960 + i % 40).append(",CITIZEN,KHATLON.FARKHOR,\n");
        }
        String id = TrainingApi.uploadedImport(register.toString(), session);
        as("trainer").get("/imports/{id}", id).then().body("summary.valid", equalTo(ROWS));
        // what a commit request had done when the service stopped: begun, its first batch applied
        steps.begin(UUID.fromString(id), "commit-" + id, List.of());
        steps.applyNextBatch(UUID.fromString(id));

        imports.finishInterruptedCommits();

        JsonPath finished = as("trainer").get("/imports/{id}", id).then().statusCode(200)
                .body("status", equalTo("COMMITTED")).body("summary.created", equalTo(ROWS)).extract().jsonPath();
        List<String> trainees = finished.getList("rows.traineeId");
        assertEquals(ROWS, new HashSet<>(trainees).size(), "a trainee of its own for each row");
        as("trainer").get("/sessions/{id}", session).then().body("enrolled", equalTo(ROWS));
        as("trainer").get("/sessions/{id}/enrollments?size=500", session).then()
                .body("items.traineeId.toSet()", equalTo(new HashSet<>(trainees)));
        as("trainer").header("Idempotency-Key", "commit-" + id).body(Map.of()).post("/imports/{id}/commit", id)
                .then().statusCode(200).body("rows.traineeId", equalTo(trainees));
    }
}
