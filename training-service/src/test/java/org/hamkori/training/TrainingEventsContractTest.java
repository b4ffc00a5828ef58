package org.hamkori.training;

import static org.hamkori.training.TrainingApi.as;
import static org.hamkori.training.TrainingApi.certificateNumber;
import static org.hamkori.training.TrainingApi.createCourse;
import static org.hamkori.training.TrainingApi.enroll;
import static org.hamkori.training.TrainingApi.enrolledTrainee;
import static org.hamkori.training.TrainingApi.issuedCertificate;
import static org.hamkori.training.TrainingApi.recordResults;
import static org.hamkori.training.TrainingApi.registerTrainee;
import static org.hamkori.training.TrainingApi.result;
import static org.hamkori.training.TrainingApi.scheduleSession;
import static org.hamkori.training.TrainingApi.trainee;
import static org.hamkori.training.TrainingApi.uploadSheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.EventType;
import org.hamkori.contract.Sex;
import org.hamkori.contract.training.AgeBand;
import org.hamkori.contract.training.CertificateRevoked;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.contract.training.TraineeCertified;
import org.hamkori.contract.training.TrainingSessionCompleted;
import org.hamkori.contract.training.TrainingSessionScheduled;
import org.hamkori.contract.training.TrainingTopic;
import org.hamkori.testkit.ContractAssertions;
import org.hamkori.testkit.PublishedEvents;
import org.hamkori.testkit.PublishedEvents.Published;
import org.junit.jupiter.api.Test;

/** What partners receive on training.events, read back from the real broker. */
@QuarkusTest
class TrainingEventsContractTest {

    private static final String TOPIC = "training.events";

    private static <T extends DomainEvent> T payload(Published record, Class<T> type) {
        return EventJson.read(record.payload().getBytes(StandardCharsets.UTF_8), type);
    }

    static Published certifiedRecord(String certificateNumber) {
        return PublishedEvents.await(TOPIC, r -> EventType.TRAINEE_CERTIFIED.ceType().equals(r.header("ce_type"))
                && r.payload().contains("\"" + certificateNumber + "\""), 1).get(0);
    }

    @Test
    void aSessionsScheduleAndCompletionArePublishedKeyedByTheSession() {
        String course = createCourse(20, 70);
        String session = scheduleSession(course);
        String passes = enrolledTrainee(session);
        enrolledTrainee(session);
        recordResults(session, List.of(result(passes, 20, 90))).then().statusCode(200);

        List<Published> records = PublishedEvents.awaitByKey(TOPIC, UUID.fromString(session), 2);

        assertEquals(List.of(EventType.TRAINING_SESSION_SCHEDULED, EventType.TRAINING_SESSION_COMPLETED),
                records.stream().map(ContractAssertions::assertConformsToContract).toList());
        assertEquals(List.of(0L, 3L), records.stream().map(ContractAssertions::sequence).toList(),
                "the session's versions: scheduled, two enrolments, completed");
        TrainingSessionScheduled scheduled = payload(records.get(0), TrainingSessionScheduled.class);
        assertEquals(course, scheduled.courseCode());
        assertEquals(List.of(TrainingTopic.COMMUNITY_POLICING_PRINCIPLES, TrainingTopic.DIALOGUE), scheduled.topics());
        assertEquals(LocalDate.parse("2021-10-04"), scheduled.startsOn());
        assertEquals("KHATLON", scheduled.regionCode());
        assertEquals("KHATLON.QUBODIYON", scheduled.districtCode());
        assertEquals("SAFERWORLD", scheduled.partnerCode());
        assertEquals(25, scheduled.capacity());
        assertNull(scheduled.centerId());
        TrainingSessionCompleted completed = payload(records.get(1), TrainingSessionCompleted.class);
        assertEquals(LocalDate.parse("2021-10-08"), completed.completedOn());
        assertEquals(2, completed.enrolled());
        assertEquals(1, completed.passed());
    }

    @Test
    void aCertificateIsPublishedWithThePseudonymousTraineeAndItsRevocationFollowsUnderTheSameKey() {
        String course = createCourse(20, 70);
        String session = scheduleSession(course);
        Map<String, Object> holder = trainee();
        holder.put("sex", "MALE");
        holder.put("category", "POLICE_OFFICER");
        holder.put("birthYear", 1990);
        holder.put("districtCode", "SUGHD.ISFARA");
        String trainee = registerTrainee(holder);
        enroll(session, trainee).then().statusCode(201);
        recordResults(session, List.of(result(trainee, 20, 90))).then().statusCode(200);
        String number = certificateNumber(session, trainee);
        as("trainer").body(Map.of("reasonCode", "ISSUED_IN_ERROR", "note", "The attendance sheet was corrected",
                        "revokedOn", "2022-02-14"))
                .post("/certificates/{n}/revocation", number).then().statusCode(200);

        String certificateId = certifiedRecord(number).key();
        List<Published> records = PublishedEvents.awaitByKey(TOPIC, UUID.fromString(certificateId), 2);

        assertEquals(List.of(EventType.TRAINEE_CERTIFIED, EventType.CERTIFICATE_REVOKED),
                records.stream().map(ContractAssertions::assertConformsToContract).toList());
        assertEquals(List.of(0L, 1L), records.stream().map(ContractAssertions::sequence).toList());
        TraineeCertified certified = payload(records.get(0), TraineeCertified.class);
        assertEquals(number, certified.certificateNumber());
        assertEquals(UUID.fromString(trainee), certified.traineeId());
        assertEquals(UUID.fromString(session), certified.sessionId());
        assertEquals(course, certified.courseCode());
        assertEquals(TraineeCategory.POLICE_OFFICER, certified.category());
        assertEquals(Sex.MALE, certified.sex());
        assertEquals(AgeBand.FROM_25_TO_34, certified.ageBand(), "31 in the year of certification, 2021");
        assertEquals("SUGHD", certified.regionCode(), "the trainee's region, not the session's");
        assertEquals("SUGHD.ISFARA", certified.districtCode());
        assertEquals("SAFERWORLD", certified.partnerCode());
        assertEquals(LocalDate.parse("2021-10-08"), certified.certifiedOn());
        CertificateRevoked revoked = payload(records.get(1), CertificateRevoked.class);
        assertEquals(number, revoked.certificateNumber());
        assertEquals(UUID.fromString(trainee), revoked.traineeId());
        assertEquals(LocalDate.parse("2022-02-14"), revoked.revokedOn());
        assertEquals("ISSUED_IN_ERROR", revoked.reason());
        assertFalse(records.get(1).payload().contains("attendance sheet"), "the note stays in the service");
    }

    @Test
    void aRevocationInTheFormerShapePublishesReasonOtherAndNotItsText() {
        String number = issuedCertificate();
        as("trainer").body(Map.of("reason", "Trainee Malika Rahimova was registered twice"))
                .post("/certificates/{n}/revocation", number).then().statusCode(200);

        String certificateId = certifiedRecord(number).key();
        Published revocation = PublishedEvents.awaitByKey(TOPIC, UUID.fromString(certificateId), 2).get(1);
        assertEquals("OTHER", payload(revocation, CertificateRevoked.class).reason());
        assertFalse(revocation.payload().contains("Rahimova"), "the former reason is kept as the note, not published");
    }

    @Test
    void aRejectedSheetPublishesNothing() {
        String session = scheduleSession(createCourse(20, 70));
        String trainee = enrolledTrainee(session);
        uploadSheet(session, "traineeId,attendedHours,score\n" + trainee + ",20,90\n" + UUID.randomUUID() + ",1,1\n")
                .then().statusCode(400);
        uploadSheet(session, "traineeId,attendedHours,score\n" + trainee + ",20,90\n").then().statusCode(200);

        List<Published> records = PublishedEvents.awaitByKey(TOPIC, UUID.fromString(session), 2);
        assertEquals(List.of(EventType.TRAINING_SESSION_SCHEDULED.ceType(), EventType.TRAINING_SESSION_COMPLETED.ceType()),
                records.stream().map(r -> r.header("ce_type")).toList());
        assertEquals(1, payload(records.get(1), TrainingSessionCompleted.class).passed());
    }
}
