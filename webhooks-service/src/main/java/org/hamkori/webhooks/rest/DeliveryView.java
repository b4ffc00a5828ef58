package org.hamkori.webhooks.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hamkori.webhooks.DeliveryAttempt;
import org.hamkori.webhooks.DeliveryStatus;
import org.hamkori.webhooks.service.DeliveryService.Logged;

/** A delivery in the log: the event it carries, where it stands, and each attempt. */
public record DeliveryView(UUID id, UUID eventId, String eventType, UUID subject, long sequence, Instant occurredAt,
        DeliveryStatus status, int attemptCount, Instant queuedAt, Instant nextAttemptAt, Instant completedAt,
        Integer lastStatusCode, String lastError, List<Attempt> attempts) {

    /** One attempt: when, how long, the answer's status (none without an answer), the error, the answer's start. */
    public record Attempt(Instant at, long durationMs, Integer statusCode, String error, String response) {

        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.attemptedAt, a.durationMs, a.statusCode, a.error, a.responseExcerpt);
        }
    }

    public static DeliveryView of(Logged logged) {
        var d = logged.delivery();
        return new DeliveryView(d.deliveryId, d.eventId, d.eventType, d.subject, d.sequence, d.occurredAt, d.status,
                d.attempts, d.queuedAt, d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.completedAt,
                d.lastStatusCode, d.lastError, logged.attempts().stream().map(Attempt::of).toList());
    }
}
