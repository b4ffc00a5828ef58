package org.hamkori.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamkori.training.TrainingApi.as;
import static org.hamkori.training.TrainingApi.createCourse;
import static org.hamkori.training.TrainingApi.enrolledTrainee;
import static org.hamkori.training.TrainingApi.registerTrainee;
import static org.hamkori.training.TrainingApi.scheduleSession;
import static org.hamkori.training.TrainingApi.uploadSheet;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttendanceSheetTest {

    private static final String HEADER = "traineeId,attendedHours,score\n";

    @Test
    void aValidSheetCompletesTheSessionAndCertifiesThoseWhoPass() {
        String session = scheduleSession(createCourse(20, 70));
        String passes = enrolledTrainee(session);
        String fails = enrolledTrainee(session);

        uploadSheet(session, HEADER + passes + ",16,70\n" + fails + ",15.5,90\n").then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("completedOn", equalTo("2021-10-08"))
                .body("passed", equalTo(1));
        as("trainer").get("/sessions/{id}/enrollments/{t}", session, passes).then()
                .body("passed", equalTo(true)).body("certificateNumber", matchesPattern("HMK-.{4}-.{4}"));
        as("trainer").get("/sessions/{id}/enrollments/{t}", session, fails).then()
                .body("passed", equalTo(false)).body("attendedHours", equalTo(15.5f));
    }

    @Test
    void spreadsheetQuirksAreRead() {
        String session = scheduleSession(createCourse(20, 70));
        String trainee = enrolledTrainee(session);
        String sheet = "\uFEFF\"traineeId\",\"attendedHours\",\"score\"\r\n\r\n \"" + trainee + "\" , 20 , \"88.5\"\r\n\r\n";
        uploadSheet(session, sheet).then().statusCode(200).body("passed", equalTo(1));
    }

    @Test
    void aSheetWithBadRowsIsRejectedWholeListingEveryBadRowAndWhy() {
        String session = scheduleSession(createCourse(20, 70));
        String good = enrolledTrainee(session);
        String other = enrolledTrainee(session);
        String third = enrolledTrainee(session);
        String notEnrolled = registerTrainee();
        String sheet = HEADER
                + good + ",20,90\n"                      // row 2: fine
                + notEnrolled + ",20,90\n"               // row 3
                + UUID.randomUUID() + ",20,90\n"         // row 4: unknown trainee
                + other + ",twenty,90\n"                 // row 5: bad number
                + good + ",18,80\n"                      // row 6: duplicate of row 2
                + "not-a-uuid,20,101\n"                  // row 7: two problems
                + other + ",20\n"                        // row 8: a column short
                + third + ",25,90\n";                    // row 9: beyond the course's hours

        uploadSheet(session, sheet).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was recorded"))
                .body("errors.field", equalTo(List.of("row 3", "row 4", "row 5", "row 6", "row 7", "row 7", "row 8",
                        "row 9")))
                .body("errors.message", contains(containsString("not enrolled"), containsString("does not exist"),
                        containsString("attendedHours 'twenty'"), containsString("first in row 2"),
                        containsString("traineeId 'not-a-uuid'"), containsString("score '101'"),
                        containsString("3 columns"), containsString("exceeds the course's 20 hours")));

        as("trainer").get("/sessions/{id}", session).then()
                .body("status", equalTo("SCHEDULED")).body("version", equalTo(3));
        as("trainer").get("/sessions/{id}/enrollments/{t}", session, good).then().body("passed", nullValue());
    }

    @Test
    void aSheetWithAnotherHeaderIsRejected() {
        String session = scheduleSession(createCourse(20, 70));
        String trainee = enrolledTrainee(session);
        uploadSheet(session, "trainee;hours;score\n" + trainee + ";20;90\n").then()
                .statusCode(400).body("errors.field", equalTo(List.of("row 1")))
                .body("errors[0].message", containsString("traineeId,attendedHours,score"));
        uploadSheet(session, "").then().statusCode(400).body("errors.field", equalTo(List.of("row 1")));
        uploadSheet(session, HEADER).then().statusCode(400).body("errors.field", equalTo(List.of("row 2")));
    }

    @Test
    void tenThousandRowsAreReadAndOneMoreIsTooLarge() {
        String session = scheduleSession(createCourse(20, 70));
        String row = "x,20,90\n";
        uploadSheet(session, HEADER + row.repeat(10_000)).then()
                .statusCode(400).body("errors.size()", equalTo(10_000));
        uploadSheet(session, HEADER + row.repeat(10_001)).then()
                .statusCode(413).contentType("application/problem+json").body("detail", containsString("10001"));
    }

    @Test
    void aSheetHonoursIfMatchAndTheSessionCompletesOnce() {
        String session = scheduleSession(createCourse(20, 70));
        String trainee = enrolledTrainee(session);
        given().auth().oauth2(DevTokens.token("trainer")).contentType("text/csv").header("If-Match", "\"0\"")
                .body(HEADER + trainee + ",20,90\n").post("/sessions/{id}/attendance-sheet", session).then()
                .statusCode(412);
        uploadSheet(session, HEADER + trainee + ",20,90\n").then().statusCode(200);
        uploadSheet(session, HEADER + trainee + ",20,90\n").then().statusCode(409);
    }

    @Test
    void aSheetMustBeCsvFromATrainerOrAdmin() {
        String session = scheduleSession(createCourse(20, 70));
        String trainee = enrolledTrainee(session);
        given().auth().oauth2(DevTokens.token("trainer")).contentType("application/xml").body("<sheet/>")
                .post("/sessions/{id}/attendance-sheet", session).then()
                .statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.token("analyst")).contentType("text/csv").body(HEADER + trainee + ",20,90\n")
                .post("/sessions/{id}/attendance-sheet", session).then().statusCode(403);
        given().contentType("text/csv").body(HEADER + trainee + ",20,90\n")
                .post("/sessions/{id}/attendance-sheet", session).then().statusCode(401);
        given().auth().oauth2(DevTokens.token("trainer")).contentType("text/csv").queryParam("completedOn", "08.10.2021")
                .body(HEADER + trainee + ",20,90\n").post("/sessions/{id}/attendance-sheet", session).then()
                .statusCode(400).body("errors.field", hasItem("completedOn"));
    }
}
