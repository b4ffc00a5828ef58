package org.hamkori.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One event on its way to one endpoint, as it was received from Kafka (payload bytes and {@code ce_} headers), with
 * where it stands. Deliveries of one subject to one endpoint go out one at a time, in {@code ce_sequence} order.
 */
@Entity
public class Delivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;
    /** The id the API shows (position orders deliveries, it is not shown). */
    @Column(name = "id")
    public UUID deliveryId;
    public UUID endpointId;
    public UUID eventId;
    public String eventType;
    public UUID subject;
    public long sequence;
    public Instant occurredAt;
    public String topic;
    public int kafkaPartition;
    public long kafkaOffset;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> headers;
    public byte[] payload;
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;
    public int attempts;
    public Instant queuedAt;
    public Instant retryingSince;
    public Instant nextAttemptAt;
    public Instant leasedUntil;
    public Instant completedAt;
    public Integer lastStatusCode;
    public String lastError;

    /** What became of an attempt, for the endpoint's health. */
    public enum Verdict {
        DELIVERED, RETRY, FAILED, GONE
    }

    /**
     * Records an attempt: delivered on 2xx; on 410 Gone it stays pending (its endpoint is disabled, and it goes out
     * if the endpoint is enabled again); otherwise it is tried again per {@code schedule}, or has failed when the
     * schedule gives up.
     */
    public Verdict attempted(AttemptResult result, RetrySchedule schedule, RandomGenerator random) {
        attempts++;
        leasedUntil = null;
        lastStatusCode = result.statusCode();
        lastError = result.accepted() ? null : result.describe();
        if (result.accepted()) {
            status = DeliveryStatus.DELIVERED;
            completedAt = result.at().plus(result.duration());
            return Verdict.DELIVERED;
        }
        if (result.gone()) {
            nextAttemptAt = result.at();
            return Verdict.GONE;
        }
        Optional<Instant> next = schedule.next(attempts, retryingSince, result, random);
        if (next.isEmpty()) {
            status = DeliveryStatus.FAILED;
            completedAt = result.at().plus(result.duration());
            return Verdict.FAILED;
        }
        nextAttemptAt = next.get();
        return Verdict.RETRY;
    }

    /** Sent again from now (a redelivery or a recovery), whatever became of it before; retries start over. */
    public void requeue(Instant now) {
        status = DeliveryStatus.PENDING;
        retryingSince = now;
        nextAttemptAt = now;
        completedAt = null;
    }
}
