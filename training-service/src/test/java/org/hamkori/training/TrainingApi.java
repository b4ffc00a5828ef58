package org.hamkori.training;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.testkit.AuthorizationMatrix;
import org.hamkori.testkit.DevTokens;
import org.hamkori.testkit.ServiceApi;

/** Test driver of training-service's HTTP API. */
final class TrainingApi extends ServiceApi {

    static final String QUBODIYON = "KHATLON.QUBODIYON";

    /**
     * The trainers of the sessions the tests schedule: the user name of {@code DevTokens.token("trainer")}, so that the
     * tests' trainer records their results (a session's trainers own it), and a trainer named in free text.
     */
    static final List<String> TRAINERS = List.of("dev-trainer", "Trainer Two");

    private TrainingApi() {
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
        body.put("trainers", TRAINERS);
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
        return issuedCertificate(session(createCourse(20, 70)));
    }

    /** A session as {@code body} describes, whose one trainee passed; returns the certificate number. */
    static String issuedCertificate(Map<String, Object> body) {
        return certifiedTrainee(body).certificate();
    }

    /** The one trainee of {@code session}, who passed it and holds {@code certificate}. */
    record Certified(String session, String trainee, String certificate) {
    }

    /** The one trainee of a new session of {@code courseCode}, who attended 20 hours and scored 90. */
    static Certified certifiedTrainee(String courseCode) {
        return certifiedTrainee(session(courseCode));
    }

    /** The one trainee of a session as {@code body} describes, who attended 20 hours and scored 90. */
    static Certified certifiedTrainee(Map<String, Object> body) {
        String session = schedule(body).then().statusCode(201).extract().path("id");
        String trainee = enrolledTrainee(session);
        recordResults(session, List.of(result(trainee, 20, 90))).then().statusCode(200);
        return new Certified(session, trainee, certificateNumber(session, trainee));
    }

    /** A valid session of {@code courseCode} in {@code districtCode} led by {@code trainers}. */
    static Map<String, Object> sessionIn(String courseCode, String districtCode, List<String> trainers) {
        Map<String, Object> body = session(courseCode);
        body.put("districtCode", districtCode);
        body.put("trainers", trainers);
        return body;
    }

    /** A valid trainee of {@code districtCode}. */
    static Map<String, Object> traineeOf(String districtCode) {
        Map<String, Object> body = trainee();
        body.put("districtCode", districtCode);
        return body;
    }

    /**
     * Training in {@code districtCode} of {@code region}, led by {@link #TRAINERS} and {@code trainer}, with every part
     * an operation names: a course, a scheduled session with an enrolled trainee of the district, a certificate issued
     * by another session there, and a register of one trainee of the district uploaded and not yet committed.
     */
    static Map<String, String> trainingWithEveryPart(String region, String districtCode, String trainer) {
        List<String> trainers = List.of(TRAINERS.get(0), trainer);
        String course = createCourse(20, 70);
        String session = schedule(sessionIn(course, districtCode, trainers)).then().statusCode(201).extract().path("id");
        String trainee = registerTrainee(traineeOf(districtCode));
        enroll(session, trainee).then().statusCode(201);
        String register = "fullName,sex,birthYear,category,districtCode\nImport Row " + UUID.randomUUID().toString()
                .replaceAll("[^a-f]", "") + ",FEMALE,1991,CITIZEN," + districtCode + "\n";
        return Map.of("region", region, "district", districtCode, "course", course, "session", session,
                "trainee", trainee, "certificate", issuedCertificate(sessionIn(course, districtCode, trainers)),
                "import", uploadedImport(register, null), "deadLetter", "0");
    }

    /**
     * A valid request for every write on the fixtures of {@link #trainingWithEveryPart}; results fail the trainee, so
     * that recording them writes the session only (a pass would also issue a certificate, an entry of its own).
     */
    static AuthorizationMatrix.WriteRequests writeRequests() {
        return new AuthorizationMatrix.WriteRequests()
                .with("POST /courses", fixtures -> course())
                .with("POST /sessions", fixtures -> sessionIn(fixtures.get("course"), fixtures.get("district"),
                        TRAINERS))
                .with("POST /sessions/{session}/enrollments", fixtures -> Map.of("traineeId",
                        registerTrainee(traineeOf(fixtures.get("district")))))
                .with("POST /sessions/{session}/results", fixtures -> Map.of("completedOn", "2021-10-08",
                        "results", List.of(result(fixtures.get("trainee"), 4, 30))))
                .with("POST /sessions/{session}/attendance-sheet", fixtures -> "traineeId,attendedHours,score\n"
                        + fixtures.get("trainee") + ",4,30\n")
                .with("POST /trainees", fixtures -> traineeOf(fixtures.get("district")))
                .with("POST /certificates/{certificate}/revocation", fixtures -> Map.of("reasonCode",
                        "ISSUED_IN_ERROR", "note", "Issued to the wrong person"))
                .with("POST /imports/{import}/commit", fixtures -> Map.of())
                .notAudited("POST /imports/trainees", "an upload only checks a register and keeps"
                        + " it for the commit: it registers and enrols no one, and each row the commit applies leaves"
                        + " its own entry")
                .notAudited("POST /admin/dead-letters/{deadLetter}/redrive", "it sends a dead-lettered record back to"
                        + " its topic and changes no session, trainee or certificate; the record keeps the count, time"
                        + " and outcome of its re-drives");
    }
}
