package org.hamkori.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.training.CertificateRevoked;
import org.hamkori.contract.training.RevocationReason;
import org.hamkori.contract.training.TraineeCertified;
import org.hamkori.kit.audit.Personal;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.kit.domain.VersionedAggregate;

/**
 * A certificate earned by passing a session of a course. It is valid until revoked; revocation is final.
 * Its id is the subject of its events, its {@link CertificateNumber number} what holders show and anyone may verify.
 */
@Entity
public class Certificate implements VersionedAggregate {

    @Id
    public UUID id;
    public String number;
    public UUID traineeId;
    public UUID sessionId;
    public String courseCode;
    public LocalDate issuedOn;
    public LocalDate revokedOn;
    @Enumerated(EnumType.STRING)
    public RevocationReason revocationReason;
    /** What was said about the revocation; it may name people, so it stays here and never enters an event. */
    @Personal
    public String revocationNote;
    @Version
    public long version;

    public static Certificate issue(String number, Session session, Enrollment passed) {
        Certificate certificate = new Certificate();
        certificate.id = UUID.randomUUID();
        certificate.number = number;
        certificate.traineeId = passed.traineeId;
        certificate.sessionId = session.id;
        certificate.courseCode = session.courseCode;
        certificate.issuedOn = session.completedOn;
        passed.certifiedBy(certificate);
        return certificate;
    }

    /** Describes the holder only by what may be published: category, sex, age band and place. */
    public TraineeCertified certified(Trainee holder, Session session, Course course) {
        return new TraineeCertified(id, number, traineeId, sessionId, courseCode, course.topicList(), holder.category,
                holder.sex, holder.ageBandIn(issuedOn.getYear()), holder.regionCode, holder.districtCode,
                session.partnerCode, issuedOn);
    }

    /** The event carries the reason's code only; the note stays with the certificate. */
    public CertificateRevoked revoke(LocalDate revokedOn, RevocationReason reason, String note) {
        if (!isValid()) {
            throw new BusinessRuleViolation("Certificate " + number + " was already revoked on " + this.revokedOn);
        }
        if (revokedOn.isBefore(issuedOn)) {
            throw new BusinessRuleViolation("Certificate " + number + " cannot be revoked on " + revokedOn
                    + ", before it was issued on " + issuedOn);
        }
        this.revokedOn = revokedOn;
        this.revocationReason = reason;
        this.revocationNote = note;
        return new CertificateRevoked(id, number, traineeId, revokedOn, reason.name());
    }

    public boolean isValid() {
        return revokedOn == null;
    }

    @Override
    public long currentVersion() {
        return version;
    }
}
