package org.hamkori.webhooks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One POST of a delivery, as the delivery log shows it. */
@Entity
public class DeliveryAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public long deliveryPosition;
    public Instant attemptedAt;
    public long durationMs;
    public Integer statusCode;
    public String error;
    public String responseExcerpt;

    public static DeliveryAttempt of(long deliveryPosition, AttemptResult result) {
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.deliveryPosition = deliveryPosition;
        attempt.attemptedAt = result.at();
        attempt.durationMs = result.duration().toMillis();
        attempt.statusCode = result.statusCode();
        attempt.error = result.accepted() ? null : result.describe();
        attempt.responseExcerpt = result.responseExcerpt();
        return attempt;
    }
}
