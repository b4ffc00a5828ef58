package org.hamkori.training.rest;

import java.util.List;
import org.hamkori.contract.training.TrainingTopic;
import org.hamkori.training.Course;

/** A course as the API shows it. */
public record CourseView(String code, String title, List<TrainingTopic> topics, int hours, int passMark,
        long version) {

    static CourseView of(Course c) {
        return new CourseView(c.code, c.title, c.topicList(), c.hours, c.passMark, c.version);
    }
}
