package org.hamkori.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.hamkori.contract.training.RevocationReason;
import org.hamkori.kit.domain.ExpectedVersion;
import org.hamkori.kit.domain.NotFound;
import org.hamkori.kit.outbox.EventOutbox;
import org.hamkori.kit.security.RegionScope;
import org.hamkori.training.Certificate;
import org.hamkori.training.CertificateNumber;
import org.hamkori.training.Course;
import org.hamkori.training.Session;
import org.hamkori.training.repository.CertificateRepository;
import org.hamkori.training.repository.CourseRepository;
import org.hamkori.training.repository.SessionRepository;
import org.hamkori.training.repository.TraineeRepository;

/**
 * Verifies and revokes certificates, found by their public number. A certificate belongs to the session that issued
 * it: only a trainer of that session (or admin), in that session's region, revokes it.
 */
@ApplicationScoped
public class CertificateService {

    @Inject
    CertificateRepository certificates;

    @Inject
    CourseRepository courses;

    @Inject
    TraineeRepository trainees;

    @Inject
    SessionRepository sessions;

    @Inject
    SessionService sessionService;

    @Inject
    RegionScope scope;

    @Inject
    EventOutbox outbox;

    /**
     * What a check of a certificate tells: the certificate and its course, and whether a name given is its holder's
     * ({@code null} when none was given). Never the holder: nothing of the name leaves this service.
     */
    public record CertificateCheck(Certificate certificate, Course course, Boolean holderMatches) {
    }

    /** {@code holderName} is optional: without it, nothing is said of the holder. */
    public CertificateCheck verify(String number, String holderName) {
        Certificate certificate = find(number);
        Boolean holderMatches = holderName == null ? null
                : trainees.findById(certificate.traineeId).isNamedBy(holderName);
        return new CertificateCheck(certificate, courses.findById(certificate.courseCode), holderMatches);
    }

    @Transactional
    public CertificateCheck revoke(String number, ExpectedVersion expected, LocalDate revokedOn,
            RevocationReason reason, String note) {
        Certificate certificate = find(number);
        Session issuedBy = sessions.findById(certificate.sessionId);
        scope.requireAccess("Certificate " + certificate.number, issuedBy.regionCode);
        sessionService.requireLedByCaller(issuedBy, "revoke its certificates");
        expected.check(certificate.version);
        outbox.append(certificate.revoke(revokedOn, reason, note), certificate);
        return new CertificateCheck(certificate, courses.findById(certificate.courseCode), null);
    }

    /** A number that is not even well formed names no certificate: 404, as for an unknown one. */
    private Certificate find(String number) {
        String canonical = CertificateNumber.canonical(number);
        if (!CertificateNumber.isWellFormed(canonical)) {
            throw new NotFound("Certificate", canonical);
        }
        return certificates.findByNumber(canonical)
                .orElseThrow(() -> new NotFound("Certificate", canonical));
    }
}
