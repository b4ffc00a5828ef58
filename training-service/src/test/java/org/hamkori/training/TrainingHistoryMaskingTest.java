package org.hamkori.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.Map;
import org.hamkori.testkit.ConfigOverrides;
import org.junit.jupiter.api.Test;

/**
 * A deployment that lets analysts read training's history (hamkori.access.history) shows them trainees' names, phones
 * and birth years and sessions' trainers as "***": history masks personal values for every role outside
 * hamkori.access.personal-data.
 */
@QuarkusTest
@TestProfile(TrainingHistoryMaskingTest.AnalystsReadHistory.class)
class TrainingHistoryMaskingTest {

    public static class AnalystsReadHistory extends ConfigOverrides {
        public AnalystsReadHistory() {
            super(Map.of("hamkori.access.history", "admin,trainer,analyst",
                    "mp.messaging.incoming.centers-events.group.id", "training-service-test-masking",
                    "mp.messaging.incoming.dead-letters.group.id", "training-service-test-masking-dead-letters"));
        }
    }

    @Test
    void historyMasksPersonalValuesForARoleThatMayNotReadThem() {
        Map<String, Object> body = TrainingApi.trainee();
        String trainee = TrainingApi.registerTrainee(body);

        JsonPath shownToAnalyst = TrainingAuditTest.history("trainees", trainee, "analyst");
        JsonPath shownToTrainer = TrainingAuditTest.history("trainees", trainee, "trainer");

        assertEquals(Arrays.asList(null, "***"), shownToAnalyst.getList("items[0].changes.fullName"));
        assertEquals(Arrays.asList(null, "***"), shownToAnalyst.getList("items[0].changes.phone"));
        assertEquals(Arrays.asList(null, "***"), shownToAnalyst.getList("items[0].changes.birthYear"));
        assertEquals(Arrays.asList(null, "CITIZEN"), shownToAnalyst.getList("items[0].changes.category"));
        assertEquals(Arrays.asList(null, body.get("fullName")), shownToTrainer.getList(
                "items.find { it.action == 'RegisterTrainee' }.changes.fullName"));

        String session = TrainingApi.scheduleSession(TrainingApi.createCourse(20, 70));
        assertEquals(Arrays.asList(null, "***"), TrainingAuditTest.history("sessions", session, "analyst")
                .getList("items[0].changes.trainers"));
    }
}
