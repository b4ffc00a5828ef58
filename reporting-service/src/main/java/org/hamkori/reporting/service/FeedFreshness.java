package org.hamkori.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.hamkori.kit.inbox.InboundEvent;

/** Remembers, per topic, the time of the newest applied event: every report's {@code lastEventAt}. */
@ApplicationScoped
public class FeedFreshness {

    @Inject
    EntityManager entityManager;

    public void applied(InboundEvent event) {
        entityManager.createNativeQuery("""
                INSERT INTO rm_feed (topic, last_event_at, events_applied) VALUES (:topic, :time, 1)
                ON CONFLICT (topic) DO UPDATE SET
                    last_event_at = GREATEST(rm_feed.last_event_at, EXCLUDED.last_event_at),
                    events_applied = rm_feed.events_applied + 1
                """)
                .setParameter("topic", event.topic())
                .setParameter("time", Timestamp.from(event.time()))
                .executeUpdate();
    }

    public Optional<Instant> lastEventAt() {
        Object newest = entityManager.createNativeQuery("SELECT max(last_event_at) FROM rm_feed").getSingleResult();
        return Optional.ofNullable(newest).map(FeedFreshness::toInstant);
    }

    static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
