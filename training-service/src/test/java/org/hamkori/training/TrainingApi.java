package org.hamkori.training;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.testkit.DevTokens;

/** Test driver of training-service's HTTP API. */
final class TrainingApi {

    static final String QUBODIYON = "KHATLON.QUBODIYON";

    private TrainingApi() {
    }

    static RequestSpecification as(String role) {
        return given().contentType(ContentType.JSON).auth().oauth2(DevTokens.token(role));
    }

    static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A valid course of 20 hours with a pass mark of 70, open for tweaking per test. */
    static Map<String, Object> course() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", uniqueCode());
        body.put("title", "Principles of community policing");
        body.put("topics", List.of("COMMUNITY_POLICING_PRINCIPLES", "DIALOGUE"));
        body.put("hours", 20);
        body.put("passMark", 70);
        return body;
    }

    static String createCourse(int hours, int passMark) {
        Map<String, Object> body = course();
        body.put("hours", hours);
        body.put("passMark", passMark);
        return as("trainer").body(body).post("/courses").then().statusCode(201).extract().path("code");
    }

    /** A valid session of the course in Qubodiyon in October 2021, open for tweaking per test. */
    static Map<String, Object> session(String courseCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("courseCode", courseCode);
        body.put("startsOn", "2021-10-04");
        body.put("endsOn", "2021-10-08");
        body.put("districtCode", QUBODIYON);
        body.put("venue", "District hukumat assembly hall");
        body.put("partnerCode", "SAFERWORLD");
        body.put("trainers", List.of("Trainer One", "Trainer Two"));
        body.put("capacity", 25);
        return body;
    }

    static Response schedule(Map<String, Object> body) {
        return as("trainer").body(body).post("/sessions");
    }

    static String scheduleSession(String courseCode) {
        return schedule(session(courseCode)).then().statusCode(201).extract().path("id");
    }

    /** A valid trainee with a unique name and phone, open for tweaking per test. */
    static Map<String, Object> trainee() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Malika Rahimova " + unique);
        body.put("sex", "FEMALE");
        body.put("birthYear", 1990);
        body.put("category", "CITIZEN");
        body.put("districtCode", QUBODIYON);
        body.put("phone", "+992 93 " + Math.abs(unique.hashCode() % 10_000_000));
        return body;
    }

    static String registerTrainee(Map<String, Object> body) {
        return as("trainer").body(body).post("/trainees").then().statusCode(201).extract().path("id");
    }

    static String registerTrainee() {
        return registerTrainee(trainee());
    }

    static Response enroll(String sessionId, String traineeId) {
        return as("trainer").body(Map.of("traineeId", traineeId)).post("/sessions/{id}/enrollments", sessionId);
    }

    static String enrolledTrainee(String sessionId) {
        String trainee = registerTrainee();
        enroll(sessionId, trainee).then().statusCode(201);
        return trainee;
    }

    static Map<String, Object> result(String traineeId, Object attendedHours, Object score) {
        return Map.of("traineeId", traineeId, "attendedHours", attendedHours, "score", score);
    }

    static Response recordResults(String sessionId, List<Map<String, Object>> results) {
        return as("trainer").body(Map.of("completedOn", "2021-10-08", "results", results))
                .post("/sessions/{id}/results", sessionId);
    }

    static Response uploadSheet(String sessionId, String csv) {
        return given().auth().oauth2(DevTokens.token("trainer")).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("completedOn", "2021-10-08")
                .post("/sessions/{id}/attendance-sheet", sessionId);
    }

    /** Uploads a register as a trainer would, for a session or none. */
    static Response uploadRegister(String fileName, byte[] content, String sessionId) {
        RequestSpecification upload = given().auth().oauth2(DevTokens.token("trainer"))
                .multiPart("file", fileName, content, fileName.endsWith(".csv") ? "text/csv"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        if (sessionId != null) {
            upload.multiPart("sessionId", sessionId);
        }
        return upload.post("/imports/trainees");
    }

    static String uploadedImport(String csv, String sessionId) {
        return uploadRegister("register.csv", csv.getBytes(StandardCharsets.UTF_8), sessionId).then()
                .statusCode(202).extract().path("id");
    }

    static Response commitImport(String importId, Object decisions) {
        return as("trainer").body(decisions).post("/imports/{id}/commit", importId);
    }

    static String certificateNumber(String sessionId, String traineeId) {
        return as("trainer").get("/sessions/{id}/enrollments/{trainee}", sessionId, traineeId).then()
                .statusCode(200).extract().path("certificateNumber");
    }

    /** A session whose one trainee passed; returns the certificate number. */
    static String issuedCertificate() {
        String session = scheduleSession(createCourse(20, 70));
        String trainee = enrolledTrainee(session);
        recordResults(session, List.of(result(trainee, 20, 90))).then().statusCode(200);
        return certificateNumber(session, trainee);
    }
}
