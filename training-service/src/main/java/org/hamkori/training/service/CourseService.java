package org.hamkori.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hamkori.contract.training.TrainingTopic;
import org.hamkori.kit.audit.AuditTrail;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.kit.domain.NotFound;
import org.hamkori.training.Course;
import org.hamkori.training.repository.CourseRepository;

/**
 * Courses are reference data of the training context: created once, read by every session, in every region. Creating
 * one publishes nothing; the audit trail records who did.
 */
@ApplicationScoped
public class CourseService {

    @Inject
    CourseRepository courses;

    @Inject
    AuditTrail audit;

    @Transactional
    public Course create(String code, String title, List<TrainingTopic> topics, int hours, int passMark) {
        if (courses.findByIdOptional(code).isPresent()) {
            throw new BusinessRuleViolation("Course code " + code + " is already used");
        }
        Course course = Course.create(code, title, topics, hours, passMark);
        courses.persist(course);
        audit.record(course, "CreateCourse");
        return course;
    }

    public Course get(String code) {
        return courses.findByIdOptional(code).orElseThrow(() -> new NotFound("Course", code));
    }
}
