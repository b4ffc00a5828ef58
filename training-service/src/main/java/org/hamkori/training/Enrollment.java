package org.hamkori.training;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A trainee's place in a session and, once the session is completed, their result. Part of the session. */
@Entity
public class Enrollment {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Session session;
    public UUID traineeId;
    public Instant enrolledAt;
    public BigDecimal attendedHours;
    public BigDecimal score;
    public Boolean passed;
    public String certificateNumber;

    static Enrollment of(Session session, UUID traineeId) {
        Enrollment enrollment = new Enrollment();
        enrollment.id = UUID.randomUUID();
        enrollment.session = session;
        enrollment.traineeId = traineeId;
        enrollment.enrolledAt = Instant.now();
        return enrollment;
    }

    void record(BigDecimal attendedHours, BigDecimal score, boolean passed) {
        this.attendedHours = attendedHours;
        this.score = score;
        this.passed = passed;
    }

    /** The certificate this result earned; none when the trainee already held one for the course. */
    void certifiedBy(Certificate certificate) {
        this.certificateNumber = certificate.number;
    }
}
