package org.hamkori.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * A session's trainers own it (issue 21): its results, attendance sheets and the revocation of its certificates are
 * for the trainers it names, matched by user name in any case, and for admin.
 */
@QuarkusTest
class SessionTrainersTest {

    private static final List<String> TRAINERS = List.of("dev-trainer", "farida.nazarova");

    @Test
    void aTrainerAmongTheSessionsTrainersRecordsItsResultsWhateverTheCaseOfTheirUserName() {
        String session = scheduled();
        String trainee = TrainingApi.enrolledTrainee(session);
        asTrainer("Farida.Nazarova").body(results(trainee)).post("/sessions/{id}/results", session)
                .then().statusCode(200);
    }

    @Test
    void aTrainerWhoIsNotAmongTheSessionsTrainersMayNotRecordItsResults() {
        String session = scheduled();
        String trainee = TrainingApi.enrolledTrainee(session);
        asTrainer("rustam.karimov").body(results(trainee)).post("/sessions/{id}/results", session)
                .then().statusCode(403)
                .body("type", endsWith("/not-a-trainer-of-the-session"))
                .body("detail", containsString("rustam.karimov is not among its trainers"));
        asTrainer("rustam.karimov").contentType("text/csv").body("traineeId,attendedHours,score\n" + trainee + ",20,90\n")
                .post("/sessions/{id}/attendance-sheet", session).then().statusCode(403);
    }

    @Test
    void anAdminRecordsTheResultsOfASessionTheyDoNotTrain() {
        String session = scheduled();
        String trainee = TrainingApi.enrolledTrainee(session);
        TrainingApi.as("admin").body(results(trainee)).post("/sessions/{id}/results", session).then().statusCode(200);
    }

    @Test
    void aTrainerWhoIsNotAmongTheSessionsTrainersMayNotRevokeItsCertificates() {
        String number = TrainingApi.issuedCertificate(TrainingApi.sessionIn(TrainingApi.createCourse(20, 70),
                TrainingApi.QUBODIYON, TRAINERS));
        Map<String, String> revocation = Map.of("reasonCode", "ISSUED_IN_ERROR");
        asTrainer("rustam.karimov").body(revocation).post("/certificates/{number}/revocation", number)
                .then().statusCode(403).body("detail", containsString("revoke its certificates"));
        asTrainer("farida.nazarova").body(revocation).post("/certificates/{number}/revocation", number)
                .then().statusCode(200);
    }

    private static String scheduled() {
        return TrainingApi.schedule(TrainingApi.sessionIn(TrainingApi.createCourse(20, 70), TrainingApi.QUBODIYON,
                TRAINERS)).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> results(String trainee) {
        return Map.of("completedOn", "2021-10-08", "results", List.of(TrainingApi.result(trainee, 20, 90)));
    }

    private static RequestSpecification asTrainer(String userName) {
        return given().contentType(ContentType.JSON).auth()
                .oauth2(DevTokens.tokenFor("subject-" + userName, Map.of("preferred_username", userName), "trainer"));
    }
}
