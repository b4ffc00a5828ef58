package org.hamkori.training;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hamkori.contract.training.TrainingTopic;
import org.hamkori.kit.domain.VersionedAggregate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A course of the programme, identified by its code; it holds the certification rule. */
@Entity
public class Course implements VersionedAggregate {

    /** Share of the course's hours a trainee must attend, in percent. */
    public static final int REQUIRED_ATTENDANCE_PERCENT = 80;

    @Id
    public String code;
    public String title;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] topics;
    public int hours;
    public int passMark;
    public Instant createdAt;
    @Version
    public long version;

    public static Course create(String code, String title, List<TrainingTopic> topics, int hours, int passMark) {
        Course course = new Course();
        course.code = code;
        course.title = title;
        course.topics = topics.stream().distinct().map(TrainingTopic::name).toArray(String[]::new);
        course.hours = hours;
        course.passMark = passMark;
        course.createdAt = Instant.now();
        return course;
    }

    /**
     * The certification rule of SPEC §6: attended hours ≥ 80 % of the course's hours and score ≥ the
     * pass mark, compared exactly (no floating point) so that the boundaries hold to the hundredth.
     */
    public boolean passes(BigDecimal attendedHours, BigDecimal score) {
        BigDecimal attendedPercentTimesHours = attendedHours.multiply(BigDecimal.valueOf(100));
        BigDecimal required = BigDecimal.valueOf((long) hours * REQUIRED_ATTENDANCE_PERCENT);
        return attendedPercentTimesHours.compareTo(required) >= 0 && score.compareTo(BigDecimal.valueOf(passMark)) >= 0;
    }

    public List<TrainingTopic> topicList() {
        return Arrays.stream(topics).map(TrainingTopic::valueOf).toList();
    }

    @Override
    public long currentVersion() {
        return version;
    }
}
