package org.hamkori.reporting;

import static java.util.Map.entry;
import static org.hamkori.reporting.ReportsApi.assertDeltas;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hamkori.contract.Sex;
import org.hamkori.contract.fixtures.GoldenFixtures;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.training.AgeBand;
import org.hamkori.contract.training.CertificateRevoked;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.contract.training.TraineeCertified;
import org.hamkori.contract.training.TrainingSessionCompleted;
import org.hamkori.contract.training.TrainingSessionScheduled;
import org.hamkori.reporting.ProgrammeEvents.Certification;
import org.hamkori.reporting.ReportsApi.Reports;
import org.junit.jupiter.api.Test;

/** The training read model, fed by records written straight to training.events. */
@QuarkusTest
class TrainingReadModelTest extends ProgrammeEventsFixture {

    private static final LocalDate DAY = LocalDate.parse("2022-10-08");

    private static Certification certification(District district, TraineeCategory category, Sex sex) {
        return new Certification(district, "CP-101", "SAFERWORLD", category, sex, AgeBand.FROM_25_TO_34, DAY);
    }

    @Test
    void figuresCountCompletedSessionsAndValidCertificatesPerDistrictRegionAndOverall() {
        District district = ReportsApi.quietDistrict();
        Reports before = Reports.settled();

        UUID completed = events.scheduleSession(district, "CP-101", "SAFERWORLD");
        events.completeSession(completed, DAY, 4, 3);
        events.scheduleSession(district, "CP-101", "SAFERWORLD");
        events.certify(certification(district, TraineeCategory.POLICE_OFFICER, Sex.FEMALE));
        events.certify(certification(district, TraineeCategory.CITIZEN, Sex.MALE));
        events.certify(certification(district, TraineeCategory.CITIZEN, Sex.FEMALE));
        UUID revoked = events.certify(certification(district, TraineeCategory.POLICE_OFFICER, Sex.MALE));
        events.revoke(revoked, DAY.plusDays(30));

        Reports after = Reports.settled();
        assertDeltas(before, after, district, Map.ofEntries(entry("training.sessionsCompleted", 1L),
                entry("training.certified", 3L), entry("training.police", 1L), entry("training.citizens", 2L),
                entry("training.female", 2L), entry("training.male", 1L)));
    }

    @Test
    void aDuplicateCertificationIsCountedOnce() {
        District district = ReportsApi.quietDistrict();
        Reports before = Reports.settled();

        UUID certificate = UUID.randomUUID();
        TraineeCertified certified = certification(district, TraineeCategory.CITIZEN, Sex.FEMALE).event(certificate);
        UUID ceId = UUID.randomUUID();
        events.send(ceId, certified, 1);
        events.send(ceId, certified, 1);
        // published again under a new ce_id (a producer's retry): still one certificate
        events.send(UUID.randomUUID(), certified, 1);
        UUID session = events.scheduleSession(district, "CP-101", "SAFERWORLD");
        TrainingSessionCompleted completed = new TrainingSessionCompleted(session, DAY, 3, 1);
        UUID completedCeId = UUID.randomUUID();
        events.send(completedCeId, completed, 2);
        events.send(completedCeId, completed, 2);

        Reports after = Reports.settled();
        assertDeltas(before, after, district, Map.of("training.certified", 1L, "training.citizens", 1L,
                "training.female", 1L, "training.sessionsCompleted", 1L));
    }

    @Test
    void aRevokedCertificateNoLongerCountsEvenWhenTheRevocationArrivesFirst() {
        District district = ReportsApi.quietDistrict();
        UUID certificate = events.certify(certification(district, TraineeCategory.POLICE_OFFICER, Sex.MALE));
        Reports certified = Reports.settled();

        events.revoke(certificate, DAY.plusDays(1));
        Reports revoked = Reports.settled();
        assertDeltas(certified, revoked, district, Map.of("training.certified", -1L, "training.police", -1L,
                "training.male", -1L));

        UUID early = UUID.randomUUID();
        events.send(UUID.randomUUID(), new CertificateRevoked(early, "HMK-EARL-Y000", UUID.randomUUID(),
                DAY.plusDays(2), "Issued in error"), 2);
        events.send(UUID.randomUUID(), certification(district, TraineeCategory.CITIZEN, Sex.FEMALE).event(early), 1);
        Reports after = Reports.settled();
        assertDeltas(revoked, after, district, Map.of("training.certified", 0L, "training.citizens", 0L));
    }

    @Test
    void everyTrainingGoldenFixtureIsAppliedInAPlaceOfItsOwn() {
        TraineeCertified fixture = GoldenFixtures.event(TraineeCertified.class);
        District district = ReportsApi.quietDistrict();
        TrainingSessionScheduled scheduled = GoldenFixtures.event(TrainingSessionScheduled.class);
        Reports before = Reports.settled();

        UUID session = UUID.randomUUID();
        events.send(UUID.randomUUID(), new TrainingSessionScheduled(session, scheduled.courseCode(), scheduled.topics(),
                scheduled.startsOn(), scheduled.endsOn(), scheduled.centerId(), district.regionCode(),
                district.code(), scheduled.partnerCode(), scheduled.capacity()), 1);
        TrainingSessionCompleted completed = GoldenFixtures.event(TrainingSessionCompleted.class);
        events.send(UUID.randomUUID(), new TrainingSessionCompleted(session, completed.completedOn(),
                completed.enrolled(), completed.passed()), 2);
        events.send(UUID.randomUUID(), adapted(fixture, UUID.randomUUID(), district), 1);
        UUID revoked = UUID.randomUUID();
        events.send(UUID.randomUUID(), adapted(fixture, revoked, district), 1);
        CertificateRevoked revocation = GoldenFixtures.event(CertificateRevoked.class);
        events.send(UUID.randomUUID(), new CertificateRevoked(revoked, revocation.certificateNumber(),
                revocation.traineeId(), revocation.revokedOn(), revocation.reason()), 2);

        Reports after = Reports.settled();
        String sex = fixture.sex() == Sex.FEMALE ? "training.female" : "training.male";
        String category = fixture.category() == TraineeCategory.CITIZEN ? "training.citizens" : "training.police";
        assertDeltas(before, after, district, Map.of("training.certified", 1L, sex, 1L, category, 1L,
                "training.sessionsCompleted", 1L));
    }

    /** The fixture with a fresh certificate and trainee, in {@code district}. */
    private static TraineeCertified adapted(TraineeCertified f, UUID certificate, District district) {
        return new TraineeCertified(certificate, f.certificateNumber(), UUID.randomUUID(), f.sessionId(),
                f.courseCode(), f.topics(), f.category(), f.sex(), f.ageBand(), district.regionCode(), district.code(),
                f.partnerCode(), f.certifiedOn());
    }
}
