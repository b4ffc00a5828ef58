package org.hamkori.kit.deadletter;

import static org.hamkori.kit.repository.SqlValues.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamkori.kit.inbox.EventInbox;

/** {@code dead_letter_record}, newest first. Every operation runs in the caller's transaction. */
@ApplicationScoped
public class DeadLetterRepository {

    /** Payloads are listed to this many characters: enough to see what was wrong. */
    private static final int PAYLOAD_LISTED = 4000;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** A record read off the dead-letter topic, as it is kept. */
    public record Kept(String dlqTopic, int dlqPartition, long dlqOffset, String topic, Integer partition, Long offset,
            String key, String eventId, String eventType, String reason, String cause, String exception,
            Map<String, String> headers, byte[] payload, Instant deadLetteredAt) {
    }

    /** What a re-drive needs: the original record. {@code headers} null when they were not kept. */
    public record Redrivable(long id, String topic, Integer partition, Long offset, String key,
            Map<String, String> headers, byte[] payload) {
    }

    /** Idempotent by the dead letter's own place in its topic. */
    public void add(Kept letter) {
        entityManager.createNativeQuery("""
                INSERT INTO dead_letter_record (dlq_topic, dlq_partition, dlq_offset, topic, kafka_partition,
                    kafka_offset, record_key, event_id, event_type, reason, cause, exception, headers, payload,
                    dead_lettered_at)
                VALUES (:dlqTopic, :dlqPartition, :dlqOffset, CAST(:topic AS text), CAST(:partition AS integer),
                    CAST(:offset AS bigint), CAST(:key AS text), CAST(:eventId AS text), CAST(:eventType AS text),
                    CAST(:reason AS text), CAST(:cause AS text), CAST(:exception AS text), CAST(:headers AS jsonb),
                    CAST(:payload AS bytea), :at)
                ON CONFLICT (dlq_topic, dlq_partition, dlq_offset) DO NOTHING
                """)
                .setParameter("dlqTopic", letter.dlqTopic())
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
                .setParameter("headers", write(letter.headers()))
                .setParameter("payload", letter.payload())
                .setParameter("at", Timestamp.from(letter.deadLetteredAt()))
                .executeUpdate();
    }

    private static final String COLUMNS = """
            SELECT id, topic, kafka_partition, kafka_offset, record_key, event_id, event_type, reason, cause,
                   exception, payload, dead_lettered_at, redrives, last_redrive_at, last_redrive_outcome,
                   last_redrive_reason
            FROM dead_letter_record
            """;

    /** Newest first; {@code topic} null for every topic. */
    public List<DeadLetter> find(String topic, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(COLUMNS + """
                WHERE CAST(:topic AS text) IS NULL OR topic = CAST(:topic AS text)
                ORDER BY dead_lettered_at DESC, id DESC
                LIMIT :size OFFSET :skip
                """)
                .setParameter("topic", topic)
                .setParameter("size", size)
                .setParameter("skip", (long) page * size)
                .getResultList();
        return rows.stream().map(DeadLetterRepository::deadLetter).toList();
    }

    public Optional<DeadLetter> find(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(COLUMNS + " WHERE id = :id").setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(DeadLetterRepository::deadLetter);
    }

    private static DeadLetter deadLetter(Object[] r) {
        return new DeadLetter(((Number) r[0]).longValue(), (String) r[1],
                r[2] == null ? null : ((Number) r[2]).intValue(), r[3] == null ? null : ((Number) r[3]).longValue(),
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                listed((byte[]) r[10]), instant(r[11]), ((Number) r[12]).intValue(), instant(r[13]), (String) r[14],
                (String) r[15]);
    }

    public long count(String topic) {
        return ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM dead_letter_record WHERE CAST(:topic AS text) IS NULL OR topic = CAST(:topic AS text)
                """).setParameter("topic", topic).getSingleResult()).longValue();
    }

    /** The dead letter, locked until the end of the transaction so that two re-drives of it take turns. */
    public Optional<Redrivable> lockForRedrive(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT id, topic, kafka_partition, kafka_offset, record_key, CAST(headers AS text), payload
                FROM dead_letter_record WHERE id = :id FOR UPDATE
                """).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(r -> new Redrivable(((Number) r[0]).longValue(), (String) r[1],
                r[2] == null ? null : ((Number) r[2]).intValue(), r[3] == null ? null : ((Number) r[3]).longValue(),
                (String) r[4], read((String) r[5]), (byte[]) r[6]));
    }

    public void redriven(long id, EventInbox.Result result) {
        entityManager.createNativeQuery("""
                UPDATE dead_letter_record SET redrives = redrives + 1, last_redrive_at = now(),
                       last_redrive_outcome = :outcome, last_redrive_reason = CAST(:reason AS text)
                WHERE id = :id
                """)
                .setParameter("outcome", result.outcome().name())
                .setParameter("reason", result.reason())
                .setParameter("id", id)
                .executeUpdate();
    }

    private String write(Map<String, String> headers) {
        try {
            return headers == null ? null : json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String headers) {
        try {
            return headers == null ? null : json.readValue(headers, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String listed(byte[] payload) {
        if (payload == null) {
            return null;
        }
        String text = new String(payload, StandardCharsets.UTF_8);
        return text.length() > PAYLOAD_LISTED ? text.substring(0, PAYLOAD_LISTED) : text;
    }
}
