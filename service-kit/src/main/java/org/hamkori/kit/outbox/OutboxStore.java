package org.hamkori.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hamkori.kit.repository.SqlValues;

/** The relay's reads and writes of {@code outbox_event}; every method runs in the caller's transaction. */
@ApplicationScoped
class OutboxStore {

    /** Arbitrary constant naming the relay's advisory lock inside the service's own database. */
    private static final long RELAY_LOCK = 0x48414d4b4f5249L;

    /** A row that can never be published as it is, and why. */
    record ParkedEvent(UUID id, long position, String eventType, String topic, UUID subject, long sequence,
            Instant occurredAt, int payloadBytes, Instant parkedAt, String reason) {
    }

    @Inject
    EntityManager entityManager;

    /** The relay's transaction-scoped lock: one relay per database publishes at a time. */
    boolean tryRelayLock() {
        return Boolean.TRUE.equals(entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK).getSingleResult());
    }

    /** The oldest rows neither published nor parked, in commit order. */
    List<OutboxRecord> pending(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT position, id, event_type, topic, source, subject, sequence, occurred_at, payload, traceparent
                FROM outbox_event WHERE published_at IS NULL AND parked_at IS NULL ORDER BY position LIMIT :limit
                """).setParameter("limit", limit).getResultList();
        return rows.stream().map(OutboxRecord::fromRow).toList();
    }

    void markPublished(List<Long> positions) {
        if (!positions.isEmpty()) {
            entityManager.createNativeQuery("UPDATE outbox_event SET published_at = now() WHERE position IN (:positions)")
                    .setParameter("positions", positions).executeUpdate();
        }
    }

    void park(long position, String reason) {
        entityManager.createNativeQuery(
                        "UPDATE outbox_event SET parked_at = now(), park_reason = :reason WHERE position = :position")
                .setParameter("reason", reason).setParameter("position", position).executeUpdate();
    }

    long pendingCount() {
        return count("published_at IS NULL AND parked_at IS NULL");
    }

    long parkedCount() {
        return count("parked_at IS NOT NULL");
    }

    /** Parked rows, oldest first. */
    List<ParkedEvent> parked(int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT id, position, event_type, topic, subject, sequence, occurred_at, octet_length(payload),
                       parked_at, park_reason
                FROM outbox_event WHERE parked_at IS NOT NULL ORDER BY position LIMIT :size OFFSET :skip
                """).setParameter("size", size).setParameter("skip", (long) page * size).getResultList();
        return rows.stream().map(r -> new ParkedEvent((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], (UUID) r[4], ((Number) r[5]).longValue(), SqlValues.instant(r[6]),
                ((Number) r[7]).intValue(), SqlValues.instant(r[8]), (String) r[9])).toList();
    }

    private long count(String condition) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM outbox_event WHERE " + condition)
                .getSingleResult()).longValue();
    }
}
