package org.hamkori.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.training.Enrollment;

@ApplicationScoped
public class EnrollmentRepository implements PanacheRepositoryBase<Enrollment, UUID> {

    public PanacheQuery<Enrollment> ofSession(UUID sessionId) {
        return find("session.id", Sort.by("enrolledAt").and("id"), sessionId);
    }

    public Optional<Enrollment> find(UUID sessionId, UUID traineeId) {
        return find("session.id = ?1 and traineeId = ?2", sessionId, traineeId).firstResultOptional();
    }
}
