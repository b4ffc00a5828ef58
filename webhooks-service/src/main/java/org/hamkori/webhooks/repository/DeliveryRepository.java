package org.hamkori.webhooks.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.kit.repository.QueryFilter;
import org.hamkori.kit.repository.SqlValues;
import org.hamkori.webhooks.Delivery;
import org.hamkori.webhooks.DeliveryAttempt;
import org.hamkori.webhooks.DeliveryStatus;
import org.hibernate.Session;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, Long> {

    @Inject
    ObjectMapper json;

    /** An event, as received, to be delivered to an endpoint. */
    public record NewDelivery(UUID endpointId, UUID eventId, String eventType, UUID subject, long sequence,
            Instant occurredAt, String topic, int partition, long offset, Map<String, String> headers,
            byte[] payload) {
    }

    /** A delivery claimed for an attempt: what to send, to which endpoint. */
    public record Claimed(long position, UUID endpointId, UUID eventId, Map<String, String> headers, byte[] payload) {
    }

    /** The log's filters. */
    public record Filter(UUID endpointId, DeliveryStatus status, String eventType, Instant from, Instant to) {
    }

    /** Pending deliveries of an endpoint: how many, and since when the oldest waits. */
    public record Backlog(long pending, Instant oldestQueuedAt) {
    }

    /** An endpoint's attempts since some time: how many, and how many were answered 2xx. */
    public record RecentAttempts(long attempts, long succeeded) {
    }

    /**
     * Queues the deliveries in one round trip; one already queued for the same endpoint and event is re-queued when
     * {@code requeueExisting} (a recovery), left as it is otherwise. Returns how many were queued or re-queued.
     */
    public int queue(List<NewDelivery> deliveries, Instant now, boolean requeueExisting) {
        if (deliveries.isEmpty()) {
            return 0;
        }
        String onConflict = requeueExisting
                ? "DO UPDATE SET status = 'PENDING', retrying_since = EXCLUDED.retrying_since,"
                        + " next_attempt_at = EXCLUDED.next_attempt_at, completed_at = NULL"
                : "DO NOTHING";
        String insert = """
                INSERT INTO delivery (id, endpoint_id, event_id, event_type, subject, sequence, occurred_at, topic,
                    kafka_partition, kafka_offset, headers, payload, status, queued_at, retrying_since, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, 'PENDING', ?, ?, ?)
                ON CONFLICT (endpoint_id, event_id)
                """ + onConflict;
        Timestamp at = Timestamp.from(now);
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (NewDelivery d : deliveries) {
                    statement.setObject(1, UUID.randomUUID());
                    statement.setObject(2, d.endpointId());
                    statement.setObject(3, d.eventId());
                    statement.setString(4, d.eventType());
                    statement.setObject(5, d.subject());
                    statement.setLong(6, d.sequence());
                    statement.setTimestamp(7, Timestamp.from(d.occurredAt()));
                    statement.setString(8, d.topic());
                    statement.setInt(9, d.partition());
                    statement.setLong(10, d.offset());
                    statement.setString(11, write(d.headers()));
                    statement.setBytes(12, d.payload());
                    statement.setTimestamp(13, at);
                    statement.setTimestamp(14, at);
                    statement.setTimestamp(15, at);
                    statement.addBatch();
                }
                int queued = 0;
                for (int count : statement.executeBatch()) {
                    queued += Math.max(count, 0);
                }
                return queued;
            }
        });
    }

    /**
     * Leases due deliveries for an attempt, at most {@code room} per endpoint (what it may still have in flight) and
     * {@code limit} in all: of each endpoint and subject only the earliest pending one (by {@code ce_sequence}, then
     * arrival), so that a subject's deliveries go out one at a time and in order. Rows another replica is claiming
     * are skipped ({@code FOR UPDATE SKIP LOCKED}); a lease that runs out (its worker died) frees the delivery again.
     */
    public List<Claimed> claim(Map<UUID, Integer> room, int limit, Duration lease) {
        if (room.isEmpty() || limit <= 0) {
            return List.of();
        }
        int perEndpoint = room.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        @SuppressWarnings("unchecked")
        List<Object[]> candidates = getEntityManager().createNativeQuery("""
                SELECT d.position, d.endpoint_id FROM endpoint e CROSS JOIN LATERAL (
                    SELECT c.position, c.endpoint_id, c.next_attempt_at FROM delivery c
                    WHERE c.endpoint_id = e.id AND c.status = 'PENDING' AND c.next_attempt_at <= now()
                      AND (c.leased_until IS NULL OR c.leased_until < now())
                      AND NOT EXISTS (SELECT 1 FROM delivery p
                          WHERE p.endpoint_id = c.endpoint_id AND p.subject = c.subject AND p.status = 'PENDING'
                            AND (p.sequence, p.position) < (c.sequence, c.position))
                    ORDER BY c.next_attempt_at, c.position
                    LIMIT :perEndpoint
                    FOR UPDATE OF c SKIP LOCKED) d
                WHERE e.id = ANY(CAST(:endpoints AS uuid[]))
                ORDER BY d.next_attempt_at, d.position
                """)
                .setParameter("perEndpoint", perEndpoint)
                .setParameter("endpoints", room.keySet().stream().map(UUID::toString).toArray(String[]::new))
                .getResultList();
        Map<UUID, Integer> left = new HashMap<>(room);
        List<Long> chosen = new ArrayList<>();
        for (Object[] candidate : candidates) {
            UUID endpoint = (UUID) candidate[1];
            if (chosen.size() < limit && left.merge(endpoint, -1, Integer::sum) >= 0) {
                chosen.add(((Number) candidate[0]).longValue());
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> leased = getEntityManager().createNativeQuery("""
                UPDATE delivery SET leased_until = now() + CAST(:lease AS interval)
                WHERE position = ANY(CAST(:positions AS bigint[]))
                RETURNING position, endpoint_id, event_id, CAST(headers AS text), payload
                """)
                .setParameter("lease", lease.toMillis() + " milliseconds")
                .setParameter("positions", chosen.stream().map(String::valueOf).toArray(String[]::new))
                .getResultList();
        return leased.stream().map(row -> new Claimed(((Number) row[0]).longValue(), (UUID) row[1], (UUID) row[2],
                read((String) row[3]), (byte[]) row[4])).toList();
    }

    /** The deliveries at these positions that still exist, locked for update in position order. */
    public Map<Long, Delivery> lockForRecording(List<Long> positions) {
        Map<Long, Delivery> locked = new HashMap<>();
        find("position in ?1 order by position", positions).withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .forEach(delivery -> locked.put(delivery.position, delivery));
        return locked;
    }

    public void recordAttempt(DeliveryAttempt attempt) {
        getEntityManager().persist(attempt);
    }

    /** Attempts in flight now, per endpoint (across replicas: the leases). */
    public Map<UUID, Integer> inFlight() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT endpoint_id, count(*) FROM delivery
                WHERE status = 'PENDING' AND leased_until IS NOT NULL AND leased_until >= now()
                GROUP BY endpoint_id
                """).getResultList();
        Map<UUID, Integer> counts = new HashMap<>();
        rows.forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    public Map<UUID, Backlog> backlogs() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT endpoint_id, count(*), min(queued_at) FROM delivery WHERE status = 'PENDING' GROUP BY endpoint_id
                """, Object[].class).getResultList();
        Map<UUID, Backlog> backlogs = new HashMap<>();
        rows.forEach(row -> backlogs.put((UUID) row[0], new Backlog(((Number) row[1]).longValue(),
                SqlValues.instant(row[2]))));
        return backlogs;
    }

    /**
     * Deletes the endpoint's deliveries and their attempts, before the endpoint itself: rows locked in the order the
     * worker locks them when it records attempts (the deliveries by position, then their endpoints), so that the two
     * never deadlock.
     */
    public void deleteOf(UUID endpointId) {
        getEntityManager().createNativeQuery("""
                DELETE FROM delivery WHERE position IN (
                    SELECT position FROM delivery WHERE endpoint_id = :endpointId ORDER BY position FOR UPDATE)
                """).setParameter("endpointId", endpointId).executeUpdate();
    }

    /** Each endpoint's attempts since {@code since}; an endpoint without any is absent. */
    public Map<UUID, RecentAttempts> attemptsSince(Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT d.endpoint_id, count(*), count(*) FILTER (WHERE a.status_code BETWEEN 200 AND 299)
                FROM delivery_attempt a JOIN delivery d ON d.position = a.delivery_position
                WHERE a.attempted_at >= :since GROUP BY d.endpoint_id
                """, Object[].class).setParameter("since", since).getResultList();
        Map<UUID, RecentAttempts> attempts = new HashMap<>();
        rows.forEach(row -> attempts.put((UUID) row[0], new RecentAttempts(((Number) row[1]).longValue(),
                ((Number) row[2]).longValue())));
        return attempts;
    }

    public PanacheQuery<Delivery> search(Filter filter) {
        QueryFilter where = new QueryFilter()
                .equal("endpointId", filter.endpointId())
                .equal("status", filter.status())
                .equal("eventType", filter.eventType())
                .where("queuedAt >= :from", "from", filter.from())
                .where("queuedAt < :to", "to", filter.to());
        return find(where.query(), Sort.descending("queuedAt").and("position", Sort.Direction.Descending),
                where.parameters());
    }

    public Map<Long, List<DeliveryAttempt>> attemptsOf(Collection<Long> positions) {
        Map<Long, List<DeliveryAttempt>> attempts = new HashMap<>();
        if (!positions.isEmpty()) {
            getEntityManager().createQuery("from DeliveryAttempt where deliveryPosition in :positions order by id",
                    DeliveryAttempt.class).setParameter("positions", List.copyOf(positions)).getResultList()
                    .forEach(a -> attempts.computeIfAbsent(a.deliveryPosition, p -> new ArrayList<>()).add(a));
        }
        return attempts;
    }

    /** Re-queues an endpoint's deliveries queued in [since, until); returns how many. */
    public int requeue(UUID endpointId, Instant since, Instant until, Instant now) {
        return getEntityManager().createNativeQuery("""
                UPDATE delivery SET status = 'PENDING', retrying_since = :now, next_attempt_at = :now, completed_at = NULL
                WHERE endpoint_id = :endpoint AND queued_at >= :since AND queued_at < :until
                """).setParameter("endpoint", endpointId).setParameter("since", since).setParameter("until", until)
                .setParameter("now", now).executeUpdate();
    }

    /** The oldest delivery the log still has (older delivered ones were pruned), if any. */
    public Instant oldestQueuedAt() {
        Object oldest = getEntityManager().createNativeQuery("SELECT min(queued_at) FROM delivery", Instant.class)
                .getSingleResult();
        return SqlValues.instant(oldest);
    }

    private String write(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String headers) {
        try {
            return json.readValue(headers, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
