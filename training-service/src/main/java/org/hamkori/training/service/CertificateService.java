package org.hamkori.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.hamkori.kit.outbox.EventOutbox;
import org.hamkori.kit.domain.ExpectedVersion;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.training.Certificate;
import org.hamkori.training.CertificateNumber;
import org.hamkori.training.Course;
import org.hamkori.training.Trainee;
import org.hamkori.training.repository.CertificateRepository;
import org.hamkori.training.repository.CourseRepository;
import org.hamkori.training.repository.TraineeRepository;

/** Verifies and revokes certificates, found by their public number. */
@ApplicationScoped
public class CertificateService {

    @Inject
    CertificateRepository certificates;

    @Inject
    CourseRepository courses;

    @Inject
    TraineeRepository trainees;

    @Inject
    EventOutbox outbox;

    /** A certificate with what its verification shows: the course and (as initials only) the holder. */
    public record IssuedCertificate(Certificate certificate, Course course, Trainee holder) {
    }

    public IssuedCertificate verify(String number) {
        return issued(find(number));
    }

    @Transactional
    public IssuedCertificate revoke(String number, ExpectedVersion expected, LocalDate revokedOn, String reason) {
        Certificate certificate = find(number);
        expected.check(certificate.version);
        outbox.append(certificate.revoke(revokedOn, reason), certificate);
        return issued(certificate);
    }

    /** A number that is not even well formed names no certificate: 404, as for an unknown one. */
    private Certificate find(String number) {
        String canonical = CertificateNumber.canonical(number);
        if (!CertificateNumber.isWellFormed(canonical)) {
            throw ProblemException.notFound("Certificate", canonical);
        }
        return certificates.findByNumber(canonical)
                .orElseThrow(() -> ProblemException.notFound("Certificate", canonical));
    }

    private IssuedCertificate issued(Certificate certificate) {
        return new IssuedCertificate(certificate, courses.findById(certificate.courseCode),
                trainees.findById(certificate.traineeId));
    }
}
