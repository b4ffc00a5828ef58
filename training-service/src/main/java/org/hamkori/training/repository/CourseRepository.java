package org.hamkori.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hamkori.contract.training.TrainingTopic;
import org.hamkori.training.Course;

@ApplicationScoped
public class CourseRepository implements PanacheRepositoryBase<Course, String> {

    public PanacheQuery<Course> search(TrainingTopic topic, int page, int size) {
        PanacheQuery<Course> query = topic == null
                ? findAll(Sort.by("code"))
                : find("array_contains(topics, ?1)", Sort.by("code"), topic.name());
        return query.page(Page.of(page, size));
    }
}
