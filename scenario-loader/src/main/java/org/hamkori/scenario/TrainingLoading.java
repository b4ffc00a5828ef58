package org.hamkori.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.contract.Sex;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.contract.training.TrainingTopic;
import org.hamkori.scenario.Scenario.Course;
import org.hamkori.scenario.Scenario.Session;
import org.hamkori.scenario.Scenario.Trainee;

/**
 * Creates the courses, then for each session (side by side): schedules it at its centre once training-service
 * has learnt that the centre is open, registers and enrols its trainees, records the results (which completes
 * it and certifies those who pass) and revokes the certificates the scenario revokes. A session completed by an
 * earlier run is not enrolled again; a certificate already revoked is left alone.
 */
record TrainingLoading(Scenario scenario, Api training, LoadedCenters centers) {

    record CourseForm(String code, String title, List<TrainingTopic> topics, int hours, int passMark) {
    }

    record SessionForm(String courseCode, LocalDate startsOn, LocalDate endsOn, UUID centerId, String venue,
            String partnerCode, List<String> trainers, int capacity) {
    }

    record TraineeForm(String fullName, Sex sex, int birthYear, TraineeCategory category, String districtCode,
            String phone) {
    }

    record EnrollmentForm(UUID traineeId) {
    }

    record Result(UUID traineeId, BigDecimal attendedHours, BigDecimal score) {
    }

    record ResultsForm(LocalDate completedOn, List<Result> results) {
    }

    record RevocationForm(String reasonCode, String note, LocalDate revokedOn) {
    }

    void load(Parallel parallel) {
        scenario.courses().forEach(this::ensureCourse);
        parallel.forEach("training sessions", scenario.sessions(), this::load);
    }

    /**
     * Courses are shared by every scenario: one that exists already is used as it is, provided it is the course the
     * scenario means (results are worked out against its hours and pass mark).
     */
    private void ensureCourse(Course course) {
        Optional<JsonNode> existing = training.find("/courses/" + course.code());
        if (existing.isEmpty()) {
            training.create("/courses", new CourseForm(course.code(), course.title(), course.topics(), course.hours(),
                    course.passMark()), "demo-course-" + course.code());
            return;
        }
        JsonNode found = existing.get();
        if (found.path("hours").asInt() != course.hours() || found.path("passMark").asInt() != course.passMark()) {
            throw new LoadFailure("course " + course.code() + " exists with " + found.path("hours").asInt()
                    + " hours and pass mark " + found.path("passMark").asInt() + ", but the scenario's has "
                    + course.hours() + " and " + course.passMark());
        }
    }

    private void load(Session session) {
        Api.Created scheduled = training.createOnceKnown("/sessions", new SessionForm(session.course().code(),
                session.startsOn(), session.endsOn(), centers.idOf(session.center()), session.venue(),
                session.partnerCode(), session.trainers(), session.capacity()),
                scenario.key("session-" + session.number()), centers.knownBy());
        String path = "/sessions/" + scheduled.id();
        JsonNode now = scheduled.replayed() ? training.get(path) : scheduled.body();
        Map<Integer, UUID> traineeIds = "COMPLETED".equals(now.path("status").asText()) ? Map.of()
                : complete(session, path);
        for (Trainee trainee : session.trainees()) {
            if (trainee.revocation() != null) {
                UUID traineeId = traineeIds.containsKey(trainee.number()) ? traineeIds.get(trainee.number())
                        : register(session, trainee);
                revoke(path, traineeId, trainee);
            }
        }
    }

    /** Registers and enrols the trainees and records their results; returns their ids by trainee number. */
    private Map<Integer, UUID> complete(Session session, String path) {
        Map<Integer, UUID> traineeIds = new HashMap<>();
        List<Result> results = new ArrayList<>();
        for (Trainee trainee : session.trainees()) {
            UUID traineeId = register(session, trainee);
            training.create(path + "/enrollments", new EnrollmentForm(traineeId),
                    scenario.key("enrollment-" + trainee.number()));
            traineeIds.put(trainee.number(), traineeId);
            results.add(new Result(traineeId, trainee.attendedHours(), trainee.score()));
        }
        training.change(path + "/results", new ResultsForm(session.endsOn(), results));
        return traineeIds;
    }

    private UUID register(Session session, Trainee trainee) {
        return training.create("/trainees", new TraineeForm(trainee.fullName(), trainee.sex(), trainee.birthYear(),
                trainee.category(), session.center().district().code(), trainee.phone()),
                scenario.key("trainee-" + trainee.number())).id();
    }

    private void revoke(String session, UUID traineeId, Trainee trainee) {
        String number = training.get(session + "/enrollments/" + traineeId).path("certificateNumber").asText("");
        if (number.isEmpty()) {
            throw new LoadFailure("trainee " + trainee.number() + " of " + session
                    + " holds no certificate of it to revoke");
        }
        JsonNode certificate = training.get("/certificates/" + number);
        if (certificate.path("valid").asBoolean()) {
            training.change("/certificates/" + number + "/revocation",
                    new RevocationForm(trainee.revocation().reasonCode(), trainee.revocation().note(),
                            trainee.revocation().revokedOn()));
        }
    }
}
