package org.hamkori.training.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hamkori.training.Enrollment;
import org.hamkori.training.Trainee;

/**
 * An enrolment and, once the session is completed, its result. {@code passed} without a
 * {@code certificateNumber} means the trainee already held a certificate of the course.
 */
public record EnrollmentView(UUID sessionId, UUID traineeId, String fullName, Instant enrolledAt,
        BigDecimal attendedHours, BigDecimal score, Boolean passed, String certificateNumber) {

    static EnrollmentView of(UUID sessionId, Enrollment e, Trainee trainee) {
        return new EnrollmentView(sessionId, e.traineeId, trainee.fullName, e.enrolledAt, e.attendedHours, e.score,
                e.passed, e.certificateNumber);
    }
}
