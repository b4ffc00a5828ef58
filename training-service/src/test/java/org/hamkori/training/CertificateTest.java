package org.hamkori.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamkori.training.TrainingApi.as;
import static org.hamkori.training.TrainingApi.badRequestNaming;
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
import static org.junit.jupiter.api.Assertions.assertFalse;

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
    void anyoneVerifiesACertificateAndLearnsNothingOfItsHolder() {
        String course = createCourse(20, 70);
        String session = scheduleSession(course);
        String number = certificateOf(session, "Malika Rahimova-Karimova");

        var verification = given().get("/certificates/{number}", number).then()
                .statusCode(200)
                .contentType("application/json")
                .body("number", equalTo(number))
                .body("valid", equalTo(true))
                .body("courseCode", equalTo(course))
                .body("courseTitle", equalTo("Principles of community policing"))
                .body("issuedOn", equalTo("2021-10-08"))
                .body("$", not(hasKey("revokedOn")))
                .extract().jsonPath();
        assertEquals(Set.of("number", "valid", "courseCode", "courseTitle", "issuedOn"),
                verification.getMap("$").keySet());
        given().get("/certificates/{number}", number.toLowerCase()).then().statusCode(200)
                .body("number", equalTo(number));
    }

    @Test
    void theHolderMatchesTheirNameInCyrillicOrLatinAndNoOtherName() {
        String number = certificateOf(scheduleSession(createCourse(20, 70)), "Малика Раҳимзода");

        for (String name : List.of("Rahimzoda", "RAHIMZODA", "Рахимзода", "Раҳимзода", "Malika Rahimzoda",
                "раҳимзода малика")) {
            String answer = given().queryParam("holderName", name).get("/certificates/{number}", number).then()
                    .statusCode(200).header("Cache-Control", "no-store")
                    .body("holderMatches", equalTo(true))
                    .extract().asString();
            assertFalse(answer.toLowerCase().contains("malika") || answer.contains("Малика")
                    || answer.contains("holderInitials"), answer);
        }
        for (String name : List.of("Rahimova", "Раҳимова", "Karimov Malika", "Malika Rahimzoda Saidovna")) {
            given().queryParam("holderName", name).get("/certificates/{number}", number).then()
                    .statusCode(200).body("holderMatches", equalTo(false)).body("$", not(hasKey("holderInitials")));
        }
        given().queryParam("holderName", " ").get("/certificates/{number}", number).then()
                .statusCode(200).body("$", not(hasKey("holderMatches")));
    }

    @Test
    void aHolderNameLongerThanAnyTraineesNameIsABadRequest() {
        String number = issuedCertificate();
        given().queryParam("holderName", "R".repeat(201)).get("/certificates/{number}", number).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("holderName"));
    }

    @Test
    void anUnknownOrMalformedNumberIsNotFound() {
        given().get("/certificates/HMK-2222-2222").then().statusCode(404).contentType("application/problem+json");
        given().get("/certificates/12345").then().statusCode(404);
        as("trainer").body(Map.of("reasonCode", "ISSUED_IN_ERROR")).post("/certificates/HMK-2222-2222/revocation")
                .then().statusCode(404);
    }

    @Test
    void aRevokedCertificateIsNoLongerValidAndSaysWhenButNotWhy() {
        String number = issuedCertificate();
        as("trainer").header("If-Match", "\"0\"")
                .body(Map.of("reasonCode", "ISSUED_IN_ERROR", "note", "The attendance sheet was corrected",
                        "revokedOn", "2022-02-14"))
                .post("/certificates/{n}/revocation", number).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("valid", equalTo(false)).body("revokedOn", equalTo("2022-02-14"));

        String answer = given().get("/certificates/{n}", number).then()
                .statusCode(200).body("valid", equalTo(false)).body("revokedOn", equalTo("2022-02-14"))
                .body("number", equalTo(number)).extract().asString();
        assertFalse(answer.contains("ISSUED_IN_ERROR") || answer.contains("attendance sheet"), answer);
    }

    @Test
    void aRevocationInTheFormerShapeIsAccepted() {
        String number = issuedCertificate();
        as("trainer").body(Map.of("reason", "Issued in error: the attendance sheet was corrected"))
                .post("/certificates/{n}/revocation", number).then()
                .statusCode(200).body("valid", equalTo(false));
    }

    @Test
    void aRevocationWithAnUnknownReasonCodeIsABadRequest() {
        String number = issuedCertificate();
        as("trainer").body(Map.of("reasonCode", "TYPO", "note", "Wrong course"))
                .post("/certificates/{n}/revocation", number).then()
                .spec(badRequestNaming("reasonCode", "ISSUED_IN_ERROR"));
        given().get("/certificates/{n}", number).then().body("valid", equalTo(true));
    }

    @Test
    void aRevocationGivingBothANoteAndTheFormerReasonIsABadRequest() {
        String number = issuedCertificate();
        as("trainer").body(Map.of("reasonCode", "FRAUD", "note", "Forged sheet", "reason", "Forged"))
                .post("/certificates/{n}/revocation", number).then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        given().get("/certificates/{n}", number).then().body("valid", equalTo(true));
    }

    @Test
    void aCertificateIsRevokedOnce() {
        String number = issuedCertificate();
        as("admin").body(Map.of("reasonCode", "FRAUD")).post("/certificates/{n}/revocation", number).then()
                .statusCode(200).body("revokedOn", equalTo(LocalDate.now().toString()));
        as("admin").body(Map.of("reasonCode", "DUPLICATE")).post("/certificates/{n}/revocation", number).then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("already revoked"));
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailureAndRevokesNothing() {
        String number = issuedCertificate();
        as("trainer").header("If-Match", "\"7\"").body(Map.of("reasonCode", "OTHER", "note", "Stale"))
                .post("/certificates/{n}/revocation", number).then().statusCode(412);
        given().get("/certificates/{n}", number).then().body("valid", equalTo(true)).header("ETag", "\"0\"");
    }

    @Test
    void aRevocationNeedsAReasonCodeAndAPastDate() {
        String number = issuedCertificate();
        as("trainer").body(Map.of()).post("/certificates/{n}/revocation", number).then()
                .statusCode(400).body("errors.field", hasItem("reasonCode"));
        as("trainer").body(Map.of("note", "No code")).post("/certificates/{n}/revocation", number).then()
                .statusCode(400).body("errors.field", hasItem("reasonCode"));
        as("trainer").body(Map.of("reasonCode", "FRAUD", "revokedOn", TOMORROW))
                .post("/certificates/{n}/revocation", number).then()
                .statusCode(400).body("errors.field", hasItem("revokedOn"));
    }

    @Test
    void onlyTrainersAndAdminsRevoke() {
        String number = issuedCertificate();
        as("analyst").body(Map.of("reasonCode", "FRAUD")).post("/certificates/{n}/revocation", number).then().statusCode(403);
        as("coordinator").body(Map.of("reasonCode", "FRAUD")).post("/certificates/{n}/revocation", number).then()
                .statusCode(403);
        given().contentType("application/json").body(Map.of("reasonCode", "FRAUD"))
                .post("/certificates/{n}/revocation", number).then().statusCode(401);
        given().get("/certificates/{n}", number).then().body("valid", equalTo(true));
    }

    /** The certificate of a new trainee with this name who passed the session. */
    private static String certificateOf(String session, String fullName) {
        Map<String, Object> holder = trainee();
        holder.put("fullName", fullName);
        String trainee = registerTrainee(holder);
        enroll(session, trainee).then().statusCode(201);
        recordResults(session, List.of(result(trainee, 20, 90))).then().statusCode(200);
        return certificateNumber(session, trainee);
    }
}
