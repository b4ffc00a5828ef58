package org.hamkori.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.hamkori.kit.repository.SqlValues;
import org.hamkori.reporting.Generation;

/** Remembers, per topic, the time of the newest applied event: every report's {@code lastEventAt}. */
@ApplicationScoped
public class FeedFreshness {

    @Inject
    EntityManager entityManager;

    /** How many events of a topic were applied, and the time of the newest. */
    public record Applied(Instant newest, long events) {

        public Applied plus(Applied other) {
            return new Applied(newest.isAfter(other.newest) ? newest : other.newest, events + other.events);
        }
    }

    public void applied(Generation generation, String topic, Applied applied) {
        entityManager.createNativeQuery(generation.sql("""
                INSERT INTO {rm}.feed AS f (topic, last_event_at, events_applied) VALUES (:topic, :time, :events)
                ON CONFLICT (topic) DO UPDATE SET
                    last_event_at = GREATEST(f.last_event_at, EXCLUDED.last_event_at),
                    events_applied = f.events_applied + EXCLUDED.events_applied
                """))
                .setParameter("topic", topic)
                .setParameter("time", Timestamp.from(applied.newest()))
                .setParameter("events", applied.events())
                .executeUpdate();
    }

    /** The generation's {@link ReportInputs}, in one statement. */
    public ReportInputs reportInputs(Generation generation) {
        Object[] row = (Object[]) entityManager.createNativeQuery(generation.sql("""
                SELECT COALESCE(sum(events_applied), 0), max(last_event_at),
                       (SELECT version FROM programme_target_set WHERE id = 1)
                FROM {rm}.feed
                """)).getSingleResult();
        return new ReportInputs(generation.number(), ((Number) row[0]).longValue(),
                SqlValues.instant(row[1]), ((Number) row[2]).longValue());
    }

    public Optional<Instant> lastEventAt(Generation generation) {
        Object newest = entityManager.createNativeQuery(generation.sql("SELECT max(last_event_at) FROM {rm}.feed"))
                .getSingleResult();
        return Optional.ofNullable(newest).map(SqlValues::instant);
    }
}
