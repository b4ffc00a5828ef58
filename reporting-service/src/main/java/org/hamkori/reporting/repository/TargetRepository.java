package org.hamkori.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hamkori.reporting.Indicator;

/** {@code programme_target} and the version of the set. */
@ApplicationScoped
public class TargetRepository {

    @Inject
    EntityManager entityManager;

    public record Target(Indicator indicator, int year, long target) {
    }

    /** Sorted by year, then in the order of the overview's indicators; {@code year} null for every year. */
    public List<Target> find(Integer year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT indicator, year, target FROM programme_target
                WHERE CAST(:year AS integer) IS NULL OR year = CAST(:year AS integer)
                """).setParameter("year", year).getResultList();
        return rows.stream()
                .map(r -> new Target(Indicator.byPath((String) r[0]).orElseThrow(), ((Number) r[1]).intValue(),
                        ((Number) r[2]).longValue()))
                .sorted(java.util.Comparator.comparingInt(Target::year).thenComparing(Target::indicator))
                .toList();
    }

    public long version() {
        return ((Number) entityManager.createNativeQuery("SELECT version FROM programme_target_set WHERE id = 1")
                .getSingleResult()).longValue();
    }

    /** Locks the set until the transaction ends and returns its version. */
    public long lockVersion() {
        return ((Number) entityManager.createNativeQuery(
                "SELECT version FROM programme_target_set WHERE id = 1 FOR UPDATE").getSingleResult()).longValue();
    }

    /** Replaces every target; returns the new version. */
    public long replace(List<Target> targets, String updatedBy) {
        entityManager.createNativeQuery("DELETE FROM programme_target").executeUpdate();
        for (Target target : targets) {
            entityManager.createNativeQuery("INSERT INTO programme_target (indicator, year, target) VALUES (:i, :y, :t)")
                    .setParameter("i", target.indicator().path())
                    .setParameter("y", target.year())
                    .setParameter("t", target.target())
                    .executeUpdate();
        }
        return ((Number) entityManager.createNativeQuery("""
                UPDATE programme_target_set SET version = version + 1, updated_at = now(), updated_by = :by
                WHERE id = 1 RETURNING version
                """).setParameter("by", updatedBy).getSingleResult()).longValue();
    }
}
