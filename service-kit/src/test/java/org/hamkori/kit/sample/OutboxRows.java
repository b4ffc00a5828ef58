package org.hamkori.kit.sample;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Rows written straight into the outbox and the idempotency store, as a use case or time would leave them. */
@ApplicationScoped
public class OutboxRows {

    /** A row as the outbox holds it; {@code payload} is sent as it is. */
    public record Row(UUID id, String topic, UUID subject, long sequence, String payload) {

        public static Row of(String topic, UUID subject, long sequence, String payload) {
            return new Row(UUID.randomUUID(), topic, subject, sequence, payload);
        }
    }

    @Inject
    EntityManager entityManager;

    /** Appends the rows in one transaction, in order, as still to be published. */
    public void append(List<Row> rows) {
        QuarkusTransaction.requiringNew().run(() -> rows.forEach(this::insert));
    }

    /** A row the relay published at {@code publishedAt}. */
    public void appendPublished(Row row, Instant publishedAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            insert(row);
            entityManager.createNativeQuery("UPDATE outbox_event SET published_at = :at WHERE id = :id")
                    .setParameter("at", publishedAt).setParameter("id", row.id()).executeUpdate();
        });
    }

    /** A row the relay parked at {@code parkedAt}. */
    public void appendParked(Row row, Instant parkedAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            insert(row);
            entityManager.createNativeQuery(
                            "UPDATE outbox_event SET parked_at = :at, park_reason = 'parked by a test' WHERE id = :id")
                    .setParameter("at", parkedAt).setParameter("id", row.id()).executeUpdate();
        });
    }

    public boolean exists(UUID id) {
        return !column(id, "id").isEmpty();
    }

    public boolean isPublished(UUID id) {
        return column(id, "published_at").stream().anyMatch(value -> value != null);
    }

    public boolean isParked(UUID id) {
        return column(id, "parked_at").stream().anyMatch(value -> value != null);
    }

    public void storeIdempotencyKey(String key, Instant createdAt) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO idempotency_key (scope, idempotency_key, request_hash, location, response_body, created_at)
                        VALUES ('parcel', :key, 'hash', '/parcels/1', '{"label":"books"}', :createdAt)
                        """)
                .setParameter("key", key).setParameter("createdAt", createdAt).executeUpdate());
    }

    public boolean idempotencyKeyExists(String key) {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery(
                        "SELECT 1 FROM idempotency_key WHERE scope = 'parcel' AND idempotency_key = :key")
                .setParameter("key", key).getResultList().isEmpty());
    }

    private void insert(Row row) {
        entityManager.createNativeQuery("""
                        INSERT INTO outbox_event (id, event_type, topic, source, subject, sequence, occurred_at, payload)
                        VALUES (:id, 'org.hamkori.test.Probe.v1', :topic, '/hamkori/test', :subject, :sequence, now(),
                            :payload)
                        """)
                .setParameter("id", row.id()).setParameter("topic", row.topic()).setParameter("subject", row.subject())
                .setParameter("sequence", row.sequence()).setParameter("payload", row.payload())
                .executeUpdate();
    }

    private List<?> column(UUID id, String column) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT " + column + " FROM outbox_event WHERE id = :id").setParameter("id", id).getResultList());
    }
}
