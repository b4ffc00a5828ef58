package org.hamkori.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hamkori.contract.training.TrainingTopic;
import org.hamkori.kit.repository.QueryFilter;
import org.hamkori.training.Course;

@ApplicationScoped
public class CourseRepository implements PanacheRepositoryBase<Course, String> {

    public PanacheQuery<Course> search(TrainingTopic topic) {
        QueryFilter where = new QueryFilter()
                .where("array_contains(topics, :topic)", "topic", topic == null ? null : topic.name());
        return find(where.query(), Sort.by("code"), where.parameters());
    }
}
