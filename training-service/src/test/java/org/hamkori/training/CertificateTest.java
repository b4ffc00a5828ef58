package org.hamkori.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamkori.training.TrainingApi.as;
import static org.hamkori.training.TrainingApi.certificateNumber;
import static org.hamkori.training.TrainingApi.createCourse;
import static org.hamkori.training.TrainingApi.enroll;
import static org.hamkori.training.TrainingApi.issuedCertificate;
import static org.hamkori.training.TrainingApi.recordResults;
import static org.hamkori.training.TrainingApi.registerTrainee;
import static org.hamkori.training.TrainingApi.result;
import static org.hamkori.training.TrainingApi.scheduleSession;
import static org.hamkori.training.TrainingApi.trainee;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CertificateTest {

    /** Within the programme's dates, but in the future. */
    private static final String TOMORROW = java.time.LocalDate.now().plusDays(1).toString();

    @Test
    void anyoneVerifiesACertificateAndLearnsOnlyTheHoldersInitials() {
        String course = createCourse(20, 70);
        String session = scheduleSession(course);
        Map<String, Object> holder = trainee();
        holder.put("fullName", "Malika Rahimova-Karimova");
        String trainee = registerTrainee(holder);
        enroll(session, trainee).then().statusCode(201);
        recordResults(session, List.of(result(trainee, 20, 90))).then().statusCode(200);
        String number = certificateNumber(session, trainee);

        var verification = given().get("/certificates/{number}", number).then()
                .statusCode(200)
                .contentType("application/json")
                .body("number", equalTo(number))
                .body("valid", equalTo(true))
                .body("courseCode", equalTo(course))
                .body("courseTitle", equalTo("Principles of community policing"))
                .body("issuedOn", equalTo("2021-10-08"))
                .body("holderInitials", equalTo("M. R. K."))
                .body("$", not(hasKey("revokedOn")))
                .extract().jsonPath();
        assertEquals(
                Set.of("number", "valid", "courseCode", "courseTitle", "issuedOn", "holderInitials"),
                verification.getMap("$").keySet());
        given().get("/certificates/{number}", number.toLowerCase()).then().statusCode(200)
                .body("number", equalTo(number));
    }

    @Test
    void anUnknownOrMalformedNumberIsNotFound() {
        given().get("/certificates/HMK-2222-2222").then().statusCode(404).contentType("application/problem+json");
        given().get("/certificates/12345").then().statusCode(404);
        as("trainer").body(Map.of("reason", "Typo")).post("/certificates/HMK-2222-2222/revocation").then()
                .statusCode(404);
    }

    @Test
    void aRevokedCertificateIsNoLongerValidAndSaysWhen() {
        String number = issuedCertificate();
        as("trainer").header("If-Match", "\"0\"")
                .body(Map.of("reason", "Issued in error: the attendance sheet was corrected", "revokedOn", "2022-02-14"))
                .post("/certificates/{n}/revocation", number).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("valid", equalTo(false)).body("revokedOn", equalTo("2022-02-14"));

        given().get("/certificates/{n}", number).then()
                .statusCode(200).body("valid", equalTo(false)).body("revokedOn", equalTo("2022-02-14"))
                .body("number", equalTo(number));
    }

    @Test
    void aCertificateIsRevokedOnce() {
        String number = issuedCertificate();
        as("admin").body(Map.of("reason", "Fraud")).post("/certificates/{n}/revocation", number).then()
                .statusCode(200).body("revokedOn", equalTo(LocalDate.now().toString()));
        as("admin").body(Map.of("reason", "Fraud again")).post("/certificates/{n}/revocation", number).then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("already revoked"));
    }

    @Test
    void aRevocationCannotPrecedeTheIssue() {
        String number = issuedCertificate();
        as("trainer").body(Map.of("reason", "Backdated", "revokedOn", "2021-10-07"))
                .post("/certificates/{n}/revocation", number).then().statusCode(409)
                .body("detail", containsString("2021-10-08"));
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailureAndRevokesNothing() {
        String number = issuedCertificate();
        as("trainer").header("If-Match", "\"7\"").body(Map.of("reason", "Stale"))
                .post("/certificates/{n}/revocation", number).then().statusCode(412);
        given().get("/certificates/{n}", number).then().body("valid", equalTo(true)).header("ETag", "\"0\"");
    }

    @Test
    void aRevocationNeedsAReasonAndAPastDate() {
        String number = issuedCertificate();
        as("trainer").body(Map.of()).post("/certificates/{n}/revocation", number).then()
                .statusCode(400).body("errors.field", hasItem("reason"));
        as("trainer").body(Map.of("reason", "Future", "revokedOn", TOMORROW))
                .post("/certificates/{n}/revocation", number).then()
                .statusCode(400).body("errors.field", hasItem("revokedOn"));
    }

    @Test
    void onlyTrainersAndAdminsRevoke() {
        String number = issuedCertificate();
        as("analyst").body(Map.of("reason", "No")).post("/certificates/{n}/revocation", number).then().statusCode(403);
        as("coordinator").body(Map.of("reason", "No")).post("/certificates/{n}/revocation", number).then()
                .statusCode(403);
        given().contentType("application/json").body(Map.of("reason", "No"))
                .post("/certificates/{n}/revocation", number).then().statusCode(401);
        given().get("/certificates/{n}", number).then().body("valid", equalTo(true));
    }
}
