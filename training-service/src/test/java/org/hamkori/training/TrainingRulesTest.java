package org.hamkori.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamkori.contract.training.RevocationReason;
import org.hamkori.contract.training.TrainingTopic;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.kit.domain.FieldViolation;
import org.hamkori.kit.reference.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The certification rule and the session and certificate rules, on the aggregates alone. */
class TrainingRulesTest {

    private static final LocalDate STARTS = LocalDate.of(2024, 4, 1);
    /** 40 hours, pass mark 70: passing needs at least 32 hours attended. */
    private static final Course COURSE = Course.create("CP-101", "Community policing", List.of(
            TrainingTopic.COMMUNITY_POLICING_PRINCIPLES, TrainingTopic.DIALOGUE), 40, 70);

    @Test
    void passingNeedsEightyPercentOfTheHoursAndThePassMarkExactlyAtTheBoundary() {
        assertTrue(COURSE.passes(new BigDecimal("32"), new BigDecimal("70")));
        assertTrue(COURSE.passes(new BigDecimal("40.00"), new BigDecimal("100")));
        assertFalse(COURSE.passes(new BigDecimal("31.99"), new BigDecimal("100")));
        assertFalse(COURSE.passes(new BigDecimal("40"), new BigDecimal("69.99")));
    }

    @Test
    void theAttendanceThresholdIsExactWhenItIsNotAWholeNumberOfHours() {
        Course sevenHours = Course.create("CP-107", "Dialogue", List.of(TrainingTopic.DIALOGUE), 7, 50);

        assertTrue(sevenHours.passes(new BigDecimal("5.60"), new BigDecimal("50")));
        assertFalse(sevenHours.passes(new BigDecimal("5.59"), new BigDecimal("50")));
    }

    @Test
    void aPassMarkOfZeroCertifiesOnAttendanceAlone() {
        Course attendanceOnly = Course.create("CP-110", "Dialogue", List.of(TrainingTopic.DIALOGUE), 10, 0);

        assertTrue(attendanceOnly.passes(new BigDecimal("8"), BigDecimal.ZERO));
        assertFalse(attendanceOnly.passes(new BigDecimal("7.99"), new BigDecimal("100")));
    }

    @Test
    void aSessionTakesEnrolmentsUpToItsCapacityAndEachTraineeOnce() {
        Session session = schedule(2);
        Trainee first = trainee();
        session.enroll(first);

        assertRefusedNaming("already enrolled", () -> session.enroll(first));
        session.enroll(trainee());
        assertEquals(2, session.enrolled);
        assertRefusedNaming("is full", () -> session.enroll(trainee()));
    }

    @Test
    void resultsAreRecordedOnceAndNotBeforeTheSessionStarts() {
        Session session = schedule(5);
        Trainee trainee = trainee();
        session.enroll(trainee);
        List<ResultLine> lines = List.of(ResultLine.readable("results[0]", trainee.id, new BigDecimal("36"),
                new BigDecimal("81")));

        assertRefusedNaming("before it starts on 2024-04-01",
                () -> session.complete(COURSE, lines, STARTS.minusDays(1)));
        var completion = session.complete(COURSE, lines, STARTS.plusDays(4));

        assertEquals(SessionStatus.COMPLETED, session.status);
        assertEquals(1, completion.passed().size());
        assertEquals(1, completion.event().passed());
        assertRefusedNaming("COMPLETED", () -> session.enroll(trainee()));
        assertRefusedNaming("COMPLETED", () -> session.complete(COURSE, lines, STARTS.plusDays(5)));
    }

    @Test
    void everyBadResultLineIsNamedByItsPosition() {
        Session session = schedule(5);
        Trainee enrolled = trainee();
        session.enroll(enrolled);
        UUID notEnrolled = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        List<ResultLine> lines = List.of(
                ResultLine.readable("row 1", enrolled.id, new BigDecimal("41"), new BigDecimal("90")),
                ResultLine.readable("row 2", enrolled.id, new BigDecimal("30"), new BigDecimal("90")),
                ResultLine.readable("row 3", notEnrolled, new BigDecimal("30"), new BigDecimal("90")),
                ResultLine.readable("row 4", unknown, new BigDecimal("30"), new BigDecimal("90")));

        List<FieldViolation> problems = session.problemsWith(lines, COURSE, Set.of(enrolled.id, notEnrolled));

        assertEquals(List.of("row 1", "row 2", "row 3", "row 4"), problems.stream().map(FieldViolation::field).toList());
        assertTrue(problems.get(0).message().contains("exceeds the course's 40 hours"));
        assertTrue(problems.get(1).message().contains("listed again (first in row 1)"));
        assertTrue(problems.get(2).message().contains("not enrolled"));
        assertTrue(problems.get(3).message().contains("does not exist"));
    }

    @Test
    void aCertificateIsRevokedOnceAndNotBeforeItWasIssued() {
        Certificate certificate = certificateOfAPass("HK-TEST-0001");

        assertRefusedNaming("before it was issued on 2024-04-05",
                () -> certificate.revoke(STARTS, RevocationReason.ISSUED_IN_ERROR, "typo"));
        certificate.revoke(STARTS.plusDays(10), RevocationReason.FRAUD, null);
        assertFalse(certificate.isValid());
        assertRefusedNaming("already revoked",
                () -> certificate.revoke(STARTS.plusDays(11), RevocationReason.OTHER, "again"));
    }

    @Test
    void aRevocationPublishesItsReasonCodeAndKeepsItsNote() {
        Certificate certificate = certificateOfAPass("HK-TEST-0002");

        var revoked = certificate.revoke(STARTS.plusDays(10), RevocationReason.DUPLICATE,
                "Also certified as Malika Rahimova in the Farkhor session");

        assertEquals("DUPLICATE", revoked.reason());
        assertEquals(RevocationReason.DUPLICATE, certificate.revocationReason);
        assertEquals("Also certified as Malika Rahimova in the Farkhor session", certificate.revocationNote);
    }

    /** The refusal reaches the caller as the problem's detail, so it names what stands in the way. */
    private static void assertRefusedNaming(String named, Executable move) {
        BusinessRuleViolation refusal = assertThrows(BusinessRuleViolation.class, move);
        assertTrue(refusal.getMessage().contains(named), refusal.getMessage());
    }

    /** Certificate {@code number} of a trainee who passed a session completed on its last day, 2024-04-05. */
    private static Certificate certificateOfAPass(String number) {
        Session session = schedule(5);
        Trainee trainee = trainee();
        session.enroll(trainee);
        var completion = session.complete(COURSE, List.of(ResultLine.readable("results[0]", trainee.id,
                new BigDecimal("40"), new BigDecimal("75"))), STARTS.plusDays(4));
        return Certificate.issue(number, session, completion.passed().get(0));
    }

    private static Session schedule(int capacity) {
        return Session.schedule(new SessionPlan(COURSE.code, STARTS, STARTS.plusDays(4), null,
                new Place("TJ-KT", "TJ-KT-02"), "School 12", "OSCE", List.of("Trainer One"), capacity));
    }

    private static Trainee trainee() {
        Trainee trainee = new Trainee();
        trainee.id = UUID.randomUUID();
        return trainee;
    }
}
