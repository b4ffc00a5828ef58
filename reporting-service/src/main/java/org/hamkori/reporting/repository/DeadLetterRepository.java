package org.hamkori.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.hamkori.reporting.readmodel.FeedFreshness;

/** {@code dead_letter}, newest first. */
@ApplicationScoped
public class DeadLetterRepository {

    @Inject
    EntityManager entityManager;

    /** A dead-lettered record: where it was, what it claimed to be, and why it could not be applied. */
    public record DeadLetter(int dlqPartition, long dlqOffset, String topic, Integer partition, Long offset, String key,
            String eventId, String eventType, String reason, String cause, String exception, String payload,
            Instant deadLetteredAt) {
    }

    public void add(DeadLetter letter) {
        entityManager.createNativeQuery("""
                INSERT INTO dead_letter (dlq_partition, dlq_offset, topic, kafka_partition, kafka_offset, record_key,
                    event_id, event_type, reason, cause, exception, payload, dead_lettered_at)
                VALUES (:dlqPartition, :dlqOffset, CAST(:topic AS text), CAST(:partition AS integer),
                    CAST(:offset AS bigint), CAST(:key AS text), CAST(:eventId AS text), CAST(:eventType AS text),
                    CAST(:reason AS text), CAST(:cause AS text), CAST(:exception AS text), CAST(:payload AS text), :at)
                ON CONFLICT (dlq_partition, dlq_offset) DO NOTHING
                """)
                .setParameter("dlqPartition", letter.dlqPartition())
                .setParameter("dlqOffset", letter.dlqOffset())
                .setParameter("topic", letter.topic())
                .setParameter("partition", letter.partition())
                .setParameter("offset", letter.offset())
                .setParameter("key", letter.key())
                .setParameter("eventId", letter.eventId())
                .setParameter("eventType", letter.eventType())
                .setParameter("reason", letter.reason())
                .setParameter("cause", letter.cause())
                .setParameter("exception", letter.exception())
                .setParameter("payload", letter.payload())
                .setParameter("at", Timestamp.from(letter.deadLetteredAt()))
                .executeUpdate();
    }

    /** Newest first; {@code topic} null for every topic. */
    public List<DeadLetter> find(String topic, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT dlq_partition, dlq_offset, topic, kafka_partition, kafka_offset, record_key, event_id, event_type,
                       reason, cause, exception, payload, dead_lettered_at
                FROM dead_letter WHERE CAST(:topic AS text) IS NULL OR topic = CAST(:topic AS text)
                ORDER BY dead_lettered_at DESC, dlq_partition DESC, dlq_offset DESC
                LIMIT :size OFFSET :skip
                """)
                .setParameter("topic", topic)
                .setParameter("size", size)
                .setParameter("skip", (long) page * size)
                .getResultList();
        return rows.stream().map(r -> new DeadLetter(((Number) r[0]).intValue(), ((Number) r[1]).longValue(),
                (String) r[2], r[3] == null ? null : ((Number) r[3]).intValue(),
                r[4] == null ? null : ((Number) r[4]).longValue(), (String) r[5], (String) r[6], (String) r[7],
                (String) r[8], (String) r[9], (String) r[10], (String) r[11], FeedFreshness.toInstant(r[12]))).toList();
    }

    public long count(String topic) {
        return ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM dead_letter WHERE CAST(:topic AS text) IS NULL OR topic = CAST(:topic AS text)
                """).setParameter("topic", topic).getSingleResult()).longValue();
    }
}
