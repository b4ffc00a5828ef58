package org.hamkori.training;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hamkori.contract.training.TrainingSessionCompleted;
import org.hamkori.contract.training.TrainingSessionScheduled;
import org.hamkori.kit.audit.Personal;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.kit.domain.FieldViolation;
import org.hamkori.kit.domain.VersionedAggregate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A session of a course, with its enrolments. It is {@code SCHEDULED} until its results are recorded,
 * which completes it once and for all; enrolment is possible only while scheduled and within capacity.
 */
@Entity
@Table(name = "training_session")
public class Session implements VersionedAggregate {

    @Id
    public UUID id;
    public String courseCode;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public UUID centerId;
    public String regionCode;
    public String districtCode;
    public String venue;
    public String partnerCode;
    /**
     * The trainers who lead it, who alone (with admin) record its results and revoke its certificates: an entry names
     * a trainer as they sign in (their user name, matched in any case), or as free text, which no user matches.
     */
    @Personal
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] trainers;
    public int capacity;
    /** Kept beside the enrolments so that lists need not load them, and so that each enrolment bumps the version. */
    public int enrolled;
    @Enumerated(EnumType.STRING)
    public SessionStatus status;
    public LocalDate completedOn;
    public Integer passed;
    public Instant scheduledAt;
    @Version
    public long version;
    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST)
    @OrderBy("enrolledAt, id")
    public List<Enrollment> enrollments = new ArrayList<>();

    /** What completing a session produced: its event and the enrolments whose result passed. */
    public record Completion(TrainingSessionCompleted event, List<Enrollment> passed) {
    }

    public static Session schedule(SessionPlan plan) {
        Session session = new Session();
        session.id = UUID.randomUUID();
        session.courseCode = plan.courseCode();
        session.startsOn = plan.startsOn();
        session.endsOn = plan.endsOn();
        session.centerId = plan.centerId();
        session.regionCode = plan.place().regionCode();
        session.districtCode = plan.place().districtCode();
        session.venue = plan.venue();
        session.partnerCode = plan.partnerCode();
        session.trainers = plan.trainers().toArray(String[]::new);
        session.capacity = plan.capacity();
        session.status = SessionStatus.SCHEDULED;
        session.scheduledAt = Instant.now();
        return session;
    }

    public TrainingSessionScheduled scheduled(Course course) {
        return new TrainingSessionScheduled(id, courseCode, course.topicList(), startsOn, endsOn, centerId, regionCode,
                districtCode, partnerCode, capacity);
    }

    public Enrollment enroll(Trainee trainee) {
        if (status != SessionStatus.SCHEDULED) {
            throw new BusinessRuleViolation("Cannot enrol in session " + id + ": it is " + status
                    + ", and only a SCHEDULED session takes enrolments");
        }
        if (hasEnrolled(trainee.id)) {
            throw new BusinessRuleViolation("Trainee " + trainee.id + " is already enrolled in session " + id);
        }
        if (enrolled >= capacity) {
            throw new BusinessRuleViolation("Session " + id + " is full: all " + capacity + " places are taken");
        }
        Enrollment enrollment = Enrollment.of(this, trainee.id);
        enrollments.add(enrollment);
        enrolled = enrollments.size();
        return enrollment;
    }

    public boolean hasEnrolled(UUID traineeId) {
        return enrollments.stream().anyMatch(e -> e.traineeId.equals(traineeId));
    }

    /** Results can be recorded once, for a scheduled session, on a day the session had started. */
    public void requireCompletable(LocalDate completedOn) {
        if (status != SessionStatus.SCHEDULED) {
            throw new BusinessRuleViolation("Session " + id + " is " + status
                    + (this.completedOn == null ? "" : " since " + this.completedOn)
                    + ": results are recorded once, for a SCHEDULED session");
        }
        if (completedOn.isBefore(startsOn)) {
            throw new BusinessRuleViolation("Session " + id + " cannot be completed on " + completedOn
                    + ", before it starts on " + startsOn);
        }
    }

    /**
     * Everything wrong with the submitted results, entry by entry: what could not be read, trainees
     * listed twice, unknown or not enrolled, and attended hours beyond the course's. Empty when they can be applied.
     */
    public List<FieldViolation> problemsWith(List<ResultLine> lines, Course course, Set<UUID> knownTrainees) {
        Map<UUID, Enrollment> enrolledTrainees = enrollmentsByTrainee();
        Map<UUID, String> firstListed = new HashMap<>();
        List<FieldViolation> problems = new ArrayList<>();
        for (ResultLine line : lines) {
            List<String> messages = new ArrayList<>(line.unreadable());
            UUID trainee = line.traineeId();
            if (trainee != null) {
                String earlier = firstListed.putIfAbsent(trainee, line.position());
                if (earlier != null) {
                    messages.add("trainee " + trainee + " is listed again (first in " + earlier + ")");
                } else if (!knownTrainees.contains(trainee)) {
                    messages.add("trainee " + trainee + " does not exist");
                } else if (!enrolledTrainees.containsKey(trainee)) {
                    messages.add("trainee " + trainee + " is not enrolled in this session");
                }
            }
            if (line.attendedHours() != null && line.attendedHours().compareTo(BigDecimal.valueOf(course.hours)) > 0) {
                messages.add("attendedHours " + line.attendedHours().toPlainString() + " exceeds the course's "
                        + course.hours + " hours");
            }
            messages.forEach(message -> problems.add(new FieldViolation(line.position(), message)));
        }
        return problems;
    }

    /**
     * Records each result against its enrolment, applying the course's certification rule, and completes
     * the session. The lines must be free of {@link #problemsWith problems}.
     */
    public Completion complete(Course course, List<ResultLine> lines, LocalDate completedOn) {
        requireCompletable(completedOn);
        Map<UUID, Enrollment> enrolledTrainees = enrollmentsByTrainee();
        List<Enrollment> passing = new ArrayList<>();
        for (ResultLine line : lines) {
            Enrollment enrollment = enrolledTrainees.get(line.traineeId());
            boolean passes = course.passes(line.attendedHours(), line.score());
            enrollment.record(line.attendedHours(), line.score(), passes);
            if (passes) {
                passing.add(enrollment);
            }
        }
        this.status = SessionStatus.COMPLETED;
        this.completedOn = completedOn;
        this.passed = passing.size();
        return new Completion(new TrainingSessionCompleted(id, completedOn, enrolled, passing.size()), passing);
    }

    /** Whether the user signed in as {@code userName} is among the session's trainers (in any case). */
    public boolean isLedBy(String userName) {
        return Arrays.stream(trainers).anyMatch(trainer -> trainer.trim().equalsIgnoreCase(userName.trim()));
    }

    public List<String> trainerList() {
        return Arrays.asList(trainers);
    }

    @Override
    public long currentVersion() {
        return version;
    }

    private Map<UUID, Enrollment> enrollmentsByTrainee() {
        return enrollments.stream().collect(Collectors.toMap(e -> e.traineeId, Function.identity()));
    }
}
