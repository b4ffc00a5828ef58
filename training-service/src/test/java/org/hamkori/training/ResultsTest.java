package org.hamkori.training;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamkori.training.TrainingApi.as;
import static org.hamkori.training.TrainingApi.certificateNumber;
import static org.hamkori.training.TrainingApi.certifiedTrainee;
import static org.hamkori.training.TrainingApi.createCourse;
import static org.hamkori.training.TrainingApi.enroll;
import static org.hamkori.training.TrainingApi.enrolledTrainee;
import static org.hamkori.training.TrainingApi.recordResults;
import static org.hamkori.training.TrainingApi.registerTrainee;
import static org.hamkori.training.TrainingApi.result;
import static org.hamkori.training.TrainingApi.scheduleSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.training.TrainingApi.Certified;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResultsTest {

    /** Within the programme's dates, but in the future. */
    private static final String TOMORROW = java.time.LocalDate.now().plusDays(1).toString();

    private static final String CERTIFICATE_NUMBER = "HMK-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}";

    /** Records one trainee's result in a new session of the course; returns their certificate number, if any. */
    private static String certificateFor(String course, Object attendedHours, Object score) {
        String session = scheduleSession(course);
        String trainee = enrolledTrainee(session);
        recordResults(session, List.of(result(trainee, attendedHours, score))).then().statusCode(200);
        return certificateNumber(session, trainee);
    }

    @Test
    void exactlyEightyPercentAttendanceAndExactlyThePassMarkCertify() {
        String course = createCourse(20, 70);
        assertNotNull(certificateFor(course, 16, 70));
        assertNotNull(certificateFor(course, "16.00", "70.00"));
    }

    @Test
    void resultsCompleteTheSessionAndCertifyThoseWhoPass() {
        String course = createCourse(20, 70);
        String session = scheduleSession(course);
        String passes = enrolledTrainee(session);
        String fails = enrolledTrainee(session);
        String absent = enrolledTrainee(session);

        recordResults(session, List.of(result(passes, 18, 85), result(fails, 10, 85))).then()
                .statusCode(200)
                .header("ETag", "\"4\"")
                .body("status", equalTo("COMPLETED"))
                .body("completedOn", equalTo("2021-10-08"))
                .body("enrolled", equalTo(3))
                .body("passed", equalTo(1));

        as("trainer").get("/sessions/{id}/enrollments/{t}", session, passes).then()
                .body("passed", equalTo(true)).body("attendedHours", equalTo(18.0f)).body("score", equalTo(85.0f))
                .body("certificateNumber", matchesPattern(CERTIFICATE_NUMBER));
        as("trainer").get("/sessions/{id}/enrollments/{t}", session, fails).then()
                .body("passed", equalTo(false)).body("certificateNumber", nullValue());
        as("trainer").get("/sessions/{id}/enrollments/{t}", session, absent).then()
                .body("passed", nullValue()).body("attendedHours", nullValue());
        as("analyst").get("/sessions?courseCode={c}&status=COMPLETED", course).then()
                .body("items.id", equalTo(List.of(session)));
    }

    @Test
    void aSessionCompletesOnce() {
        Certified certified = certifiedTrainee(createCourse(20, 70));

        recordResults(certified.session(), List.of(result(certified.trainee(), 20, 95))).then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("COMPLETED"));
        assertEquals(certified.certificate(), certificateNumber(certified.session(), certified.trainee()));
    }

    @Test
    void aTraineeMustBeEnrolledToHaveAResultAndEveryBadEntryIsNamed() {
        String session = scheduleSession(createCourse(20, 70));
        String enrolled = enrolledTrainee(session);
        String notEnrolled = registerTrainee();
        String unknown = UUID.randomUUID().toString();

        recordResults(session, List.of(result(enrolled, 20, 90), result(notEnrolled, 20, 90), result(unknown, 20, 90),
                result(enrolled, 19, 80), result(enrolledTrainee(session), 21, 80))).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("results[1]", "results[2]", "results[3]", "results[4]")))
                .body("errors.message", hasItems(containsString("not enrolled"), containsString("does not exist"),
                        containsString("listed again (first in results[0])"), containsString("exceeds the course's 20 hours")));

        as("trainer").get("/sessions/{id}", session).then().body("status", equalTo("SCHEDULED"));
        as("trainer").get("/sessions/{id}/enrollments/{t}", session, enrolled).then().body("passed", nullValue());
    }

    @Test
    void invalidResultValuesAreBadRequestsNamingTheEntry() {
        String session = scheduleSession(createCourse(20, 70));
        String trainee = enrolledTrainee(session);
        recordResults(session, List.of(result(trainee, -1, "100.01"))).then().statusCode(400)
                .body("errors.field", hasItems("results[0].attendedHours", "results[0].score"));
        recordResults(session, List.of(result(trainee, "1.234", 50))).then().statusCode(400)
                .body("errors.field", hasItem("results[0].attendedHours"));
        recordResults(session, List.of(Map.of("traineeId", "x", "attendedHours", 1, "score", 1))).then()
                .statusCode(400).body("errors.field", hasItem("results[0].traineeId"));
        recordResults(session, List.of()).then().statusCode(400).body("errors.field", hasItem("results"));
        as("trainer").body(Map.of("completedOn", TOMORROW, "results", List.of(result(trainee, 20, 90))))
                .post("/sessions/{id}/results", session).then().statusCode(400).body("errors.field", hasItem("completedOn"));
    }

    @Test
    void withoutACompletionDateTheSessionCompletesToday() {
        String session = scheduleSession(createCourse(20, 70));
        String trainee = enrolledTrainee(session);
        as("trainer").body(Map.of("results", List.of(result(trainee, 20, 90))))
                .post("/sessions/{id}/results", session).then()
                .statusCode(200).body("completedOn", equalTo(LocalDate.now().toString()));
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailureAndRecordsNothing() {
        String session = scheduleSession(createCourse(20, 70));
        String trainee = enrolledTrainee(session);
        as("trainer").header("If-Match", "\"0\"")
                .body(Map.of("completedOn", "2021-10-08", "results", List.of(result(trainee, 20, 90))))
                .post("/sessions/{id}/results", session).then()
                .statusCode(412).contentType("application/problem+json");
        as("trainer").get("/sessions/{id}", session).then().body("status", equalTo("SCHEDULED"));

        as("trainer").header("If-Match", "\"1\"")
                .body(Map.of("completedOn", "2021-10-08", "results", List.of(result(trainee, 20, 90))))
                .post("/sessions/{id}/results", session).then().statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void moreThanTenThousandResultsAreTooLarge() {
        String session = scheduleSession(createCourse(20, 70));
        Map<String, Object> entry = result(UUID.randomUUID().toString(), 20, 90);
        recordResults(session, new ArrayList<>(Collections.nCopies(10_001, entry))).then()
                .statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aSecondPassOfTheSameCourseIsRecordedButCertifiesNothingNew() {
        String course = createCourse(20, 70);
        Certified first = certifiedTrainee(course);

        String second = scheduleSession(course);
        enroll(second, first.trainee()).then().statusCode(201);
        recordResults(second, List.of(result(first.trainee(), 20, 95))).then()
                .statusCode(200).body("passed", equalTo(1));
        as("trainer").get("/sessions/{id}/enrollments/{t}", second, first.trainee()).then()
                .body("passed", equalTo(true)).body("certificateNumber", nullValue());
        assertNotNull(first.certificate());

        String otherCourse = scheduleSession(createCourse(20, 70));
        enroll(otherCourse, first.trainee()).then().statusCode(201);
        recordResults(otherCourse, List.of(result(first.trainee(), 20, 95))).then().statusCode(200);
        assertNotEquals(first.certificate(), certificateNumber(otherCourse, first.trainee()));
    }

    @Test
    void afterARevocationAPassCertifiesAgain() {
        String course = createCourse(20, 70);
        Certified first = certifiedTrainee(course);
        as("trainer").body(Map.of("reason", "Issued in error"))
                .post("/certificates/{n}/revocation", first.certificate()).then().statusCode(200);

        String retake = scheduleSession(course);
        enroll(retake, first.trainee()).then().statusCode(201);
        recordResults(retake, List.of(result(first.trainee(), 20, 90))).then().statusCode(200);
        String reissued = certificateNumber(retake, first.trainee());
        assertNotNull(reissued);
        assertNotEquals(first.certificate(), reissued);
    }

    @Test
    void certificateNumbersAreShortUniqueAndNotSequential() {
        String session = scheduleSession(createCourse(20, 70));
        List<String> trainees = new ArrayList<>();
        List<Map<String, Object>> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String trainee = enrolledTrainee(session);
            trainees.add(trainee);
            results.add(result(trainee, 20, 90));
        }
        recordResults(session, results).then().statusCode(200).body("passed", equalTo(12));
        List<String> numbers = trainees.stream().map(t -> certificateNumber(session, t)).toList();
        numbers.forEach(n -> assertThat(n, matchesPattern(CERTIFICATE_NUMBER)));
        assertEquals(12, numbers.stream().distinct().count());
        assertNotEquals(numbers.stream().sorted().toList(), numbers, "numbers do not follow issue order");
    }

    @Test
    void onlyTrainersAndAdminsRecordResults() {
        String session = scheduleSession(createCourse(20, 70));
        String trainee = enrolledTrainee(session);
        as("analyst").body(Map.of("results", List.of(result(trainee, 20, 90))))
                .post("/sessions/{id}/results", session).then().statusCode(403);
        as("coordinator").body(Map.of("results", List.of(result(trainee, 20, 90))))
                .post("/sessions/{id}/results", session).then().statusCode(403);
        recordResults(UUID.randomUUID().toString(), List.of(result(trainee, 20, 90))).then().statusCode(404);
    }
}
