package org.hamkori.training;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.testkit.AuthorizationMatrix;
import org.junit.jupiter.api.Test;

/**
 * SPEC §2 for training: trainers and admins manage it and read trainees' personal data; analysts read
 * courses and sessions without trainers' names, and no trainee; anyone checks a certificate. A trainer whose token
 * names regions reaches only those regions' sessions, trainees and certificates (the scoped column; courses and
 * imports belong to no region); every write leaves its audit entry (SPEC §11).
 */
@QuarkusTest
class TrainingAuthorizationMatrixTest {

    static final AuthorizationMatrix MATRIX = AuthorizationMatrix.of(
            List.of("fullName", "phone", "birthYear", "trainers"),
            // operation                                          admin coordinator trainer analyst  partner anonymous scoped
            "GET  /courses                                          | yes   no          yes     yes      no      no  yes",
            "GET  /courses/{course}                                 | yes   no          yes     yes      no      no  yes",
            "POST /courses                                          | yes   no          yes     no       no      no  yes",
            "GET  /sessions                                         | yes   no          yes     redacted no      no  region",
            "GET  /sessions/{session}                               | yes   no          yes     redacted no      no  region",
            "GET  /sessions/{session}/history                       | yes   no          yes     no       no      no  region",
            "POST /sessions                                         | yes   no          yes     no       no      no  region",
            "GET  /sessions/{session}/enrollments                   | yes   no          yes     no       no      no  region",
            "GET  /sessions/{session}/enrollments/{trainee}         | yes   no          yes     no       no      no  region",
            "POST /sessions/{session}/enrollments                   | yes   no          yes     no       no      no  region",
            "POST /sessions/{session}/results                       | yes   no          yes     no       no      no  region",
            "POST /sessions/{session}/attendance-sheet text/csv     | yes   no          yes     no       no      no  region",
            "GET  /trainees                                         | yes   no          yes     no       no      no  region",
            "GET  /trainees/{trainee}                               | yes   no          yes     no       no      no  region",
            "GET  /trainees/{trainee}/history                       | yes   no          yes     no       no      no  region",
            "POST /trainees                                         | yes   no          yes     no       no      no  region",
            "GET  /certificates/{certificate}                       | yes   yes         yes     yes      yes     yes yes",
            "POST /certificates/{certificate}/revocation            | yes   no          yes     no       no      no  region",
            "POST /imports/trainees multipart/form-data             | yes   no          yes     no       no      no  yes",
            "GET  /imports/trainees/template                        | yes   no          yes     no       no      no  yes",
            "GET  /imports/{import}                                 | yes   no          yes     no       no      no  yes",
            "POST /imports/{import}/commit                          | yes   no          yes     no       no      no  yes",
            "GET  /imports/{import}/result                          | yes   no          yes     no       no      no  yes")
            .withKitOperations(AuthorizationMatrix.KitOperations.WITH_DEAD_LETTERS);

    @Test
    void everyRoleReachesExactlyWhatTheSpecificationGivesIt() {
        String course = TrainingApi.createCourse(20, 70);
        String session = TrainingApi.scheduleSession(course);
        String trainee = TrainingApi.enrolledTrainee(session);
        // a committed import, so that its result can be read
        String register = "fullName,sex,birthYear,category,districtCode,phone\nImport Matrix " + UUID.randomUUID()
                .toString().replaceAll("[^a-f]", "") + ",FEMALE,1990,CITIZEN,SUGHD.ISFARA,+992 93 555 0101\n";
        String traineeImport = TrainingApi.uploadedImport(register, null);
        TrainingApi.commitImport(traineeImport, Map.of()).then().statusCode(200);
        // no dead letter exists: a re-drive reaches authorization and answers 404
        MATRIX.walk(Map.of("course", course, "session", session, "trainee", trainee,
                "certificate", TrainingApi.issuedCertificate(), "deadLetter", "0", "import", traineeImport));
    }

    @Test
    void aTrainerScopedToARegionReachesOnlyThatRegionsSessionsTraineesAndCertificates() {
        var trainer = new AuthorizationMatrix.ScopedCaller("trainer", List.of("KHATLON"));
        String name = "trainer-khatlon";
        MATRIX.walkScoped(trainer, TrainingApi.trainingWithEveryPart("KHATLON", TrainingApi.QUBODIYON, name),
                TrainingApi.trainingWithEveryPart("SUGHD", "SUGHD.ISFARA", name), TrainingApi.writeRequests());
    }

    @Test
    void everyWriteOperationLeavesAnAuditEntry() {
        MATRIX.walkWritesAudited("trainer",
                () -> TrainingApi.trainingWithEveryPart("KHATLON", TrainingApi.QUBODIYON, "Trainer Two"),
                TrainingApi.writeRequests());
    }
}
