package org.hamkori.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One POST of a delivery, as the delivery log shows it. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "delivery_position")
    public long deliveryPosition;
    @Column(name = "attempted_at")
    public Instant attemptedAt;
    @Column(name = "duration_ms")
    public long durationMs;
    @Column(name = "status_code")
    public Integer statusCode;
    public String error;
    @Column(name = "response_excerpt")
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
