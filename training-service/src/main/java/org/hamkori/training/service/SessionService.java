package org.hamkori.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.kit.domain.ExpectedVersion;
import org.hamkori.kit.domain.FieldViolation;
import org.hamkori.kit.domain.InvalidValues;
import org.hamkori.kit.domain.NotFound;
import org.hamkori.kit.outbox.EventOutbox;
import org.hamkori.kit.reference.Place;
import org.hamkori.kit.security.Caller;
import org.hamkori.kit.security.Roles;
import org.hamkori.kit.service.RegionalAggregateService;
import org.hamkori.replica.CenterDirectory;
import org.hamkori.replica.KnownCenter;
import org.hamkori.training.Certificate;
import org.hamkori.training.CertificateNumber;
import org.hamkori.training.Course;
import org.hamkori.training.Enrollment;
import org.hamkori.training.NotATrainerOfTheSession;
import org.hamkori.training.ResultLine;
import org.hamkori.training.Session;
import org.hamkori.training.SessionPlan;
import org.hamkori.training.Trainee;
import org.hamkori.training.repository.CertificateRepository;
import org.hamkori.training.repository.CourseRepository;
import org.hamkori.training.repository.SessionRepository;
import org.hamkori.training.repository.TraineeRepository;

/**
 * Scheduling, enrolment and results. Each use case changes one session (locked for the transaction) and records its
 * events, and those of the certificates it issues, with their audit entries in the same transaction. A trainer limited
 * to some regions reaches only their sessions (SPEC §2), and only a session's own trainers (or admin) record its
 * results.
 */
@ApplicationScoped
public class SessionService extends RegionalAggregateService<Session> {

    @Inject
    SessionRepository sessions;

    @Inject
    CourseRepository courses;

    @Inject
    TraineeRepository trainees;

    @Inject
    CertificateRepository certificates;

    @Inject
    CenterDirectory centers;

    @Inject
    EventOutbox outbox;

    @Inject
    Caller caller;

    @Transactional
    public Session schedule(SessionPlan plan) {
        Course course = courses.findByIdOptional(plan.courseCode()).orElseThrow(() -> invalid("session",
                "courseCode", "unknown course " + plan.courseCode() + "; see GET /courses"));
        SessionPlan located = plan.centerId() == null ? plan : plan.at(placeOfCenter(plan));
        scope.requireAccess("A new session", located.place().regionCode());
        Session session = Session.schedule(located);
        sessions.persist(session);
        outbox.append(session.scheduled(course), session);
        return session;
    }

    /** Enrols the trainee; the session's version after the enrolment is the response's ETag. */
    @Transactional
    public Enrollment enroll(UUID sessionId, UUID traineeId) {
        Session session = getForUpdate(sessionId);
        Trainee trainee = trainees.findByIdOptional(traineeId).orElseThrow(() -> invalid("enrolment",
                "traineeId", "trainee " + traineeId + " does not exist"));
        Enrollment enrollment = session.enroll(trainee);
        audit.record(session, "EnrollTrainee");
        return enrollment;
    }

    /**
     * Completes the session with its results and certifies those who pass and do not already hold a
     * certificate of the course. Any bad line rejects all of them: nothing is recorded.
     */
    @Transactional
    public Session recordResults(UUID sessionId, ExpectedVersion expected, LocalDate completedOn, List<ResultLine> lines) {
        Session session = getForUpdate(sessionId);
        requireLedByCaller(session, "record its results");
        expected.check(session.version);
        session.requireCompletable(completedOn);
        Course course = courses.findById(session.courseCode);
        Map<UUID, Trainee> listed = trainees.findForUpdate(lines.stream().map(ResultLine::traineeId)
                .filter(Objects::nonNull).distinct().toList());
        List<FieldViolation> problems = session.problemsWith(lines, course, listed.keySet());
        if (!problems.isEmpty()) {
            throw new InvalidValues("results", problems);
        }
        Session.Completion completion = session.complete(course, lines, completedOn);
        outbox.append(completion.event(), session);
        for (Enrollment passed : completion.passed()) {
            certify(session, course, passed, listed.get(passed.traineeId));
        }
        return session;
    }

    /** The session, when the caller's regions include it. */
    @Override
    public Session get(UUID id) {
        return reachable(sessions.findByIdOptional(id).orElseThrow(() -> new NotFound("Session", id)));
    }

    /**
     * A session's trainers own it: a trainer who is not among them may not {@code doing} (403); admin may for any
     * session. Trainers are matched by the name they sign in with ({@link Session#isLedBy}).
     */
    void requireLedByCaller(Session session, String doing) {
        if (caller.roles().contains(Roles.ADMIN) || caller.name().filter(session::isLedBy).isPresent()) {
            return;
        }
        throw new NotATrainerOfTheSession(session.id, doing, caller.name().orElse("the caller"));
    }

    /** One certificate per trainee and course: a second pass is recorded on the enrolment but issues nothing. */
    private void certify(Session session, Course course, Enrollment passed, Trainee holder) {
        if (certificates.holdsValid(holder.id, course.code)) {
            return;
        }
        Certificate certificate = Certificate.issue(unusedNumber(), session, passed);
        certificates.persist(certificate);
        outbox.append(certificate.certified(holder, session, course), certificate);
    }

    private String unusedNumber() {
        String number = CertificateNumber.random();
        while (certificates.findByNumber(number).isPresent()) {
            number = CertificateNumber.random();
        }
        return number;
    }

    private Session getForUpdate(UUID id) {
        return reachable(sessions.findForUpdate(id).orElseThrow(() -> new NotFound("Session", id)));
    }

    private Session reachable(Session session) {
        scope.requireAccess("Session " + session.id, session.regionCode);
        return session;
    }

    /**
     * A session at a centre is where the centre is, and not before it opened; a place the request also
     * named must agree with the centre's.
     */
    private Place placeOfCenter(SessionPlan plan) {
        KnownCenter center = centers.requireOpen(plan.centerId());
        if (center.openedOn() != null && plan.startsOn().isBefore(center.openedOn())) {
            throw new BusinessRuleViolation("A session at centre " + center.id() + " cannot start on "
                    + plan.startsOn() + ", before the centre opened on " + center.openedOn());
        }
        Place named = plan.place();
        if (named == null) {
            return center.place();
        }
        if (named.districtCode() != null && !named.districtCode().equals(center.place().districtCode())) {
            throw invalid("session", "districtCode", "centre " + center.id() + " is in district "
                    + center.place().districtCode() + ", not " + named.districtCode());
        }
        if (!named.regionCode().equals(center.place().regionCode())) {
            throw invalid("session", "regionCode", "centre " + center.id() + " is in region "
                    + center.place().regionCode() + ", not " + named.regionCode());
        }
        return center.place();
    }

    /** One field of {@code subject} (a session, an enrolment) that names nothing usable: a 400 naming the field. */
    private static InvalidValues invalid(String subject, String field, String message) {
        return new InvalidValues(subject, List.of(new FieldViolation(field, message)));
    }
}
