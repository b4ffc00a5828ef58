package org.hamkori.kit.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamkori.contract.MalformedEventException;
import org.jboss.logging.Logger;

/**
 * Idempotent consumer (after Eventuate Tram's duplicate detection): the event id is recorded in
 * {@code processed_event} in the same transaction as the event's effect, so a redelivered event is
 * applied once. A record that cannot be read, or that the handler rejects, is rethrown so that the
 * channel's dead-letter strategy moves it aside with the reason; transient failures are retried first.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);
    private static final int ATTEMPTS = 5;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry metrics;

    /** Applies the record's event with {@code handler} unless it was applied before. */
    public void receive(ConsumerRecord<String, byte[]> record, Consumer<InboundEvent> handler) {
        InboundEvent event;
        try {
            event = InboundEvent.from(record);
        } catch (MalformedEventException e) {
            countDeadLetter(record.topic(), "malformed");
            throw e;
        }
        for (int attempt = 1;; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!recordFirstDelivery(event)) {
                        return false;
                    }
                    handler.accept(event);
                    return true;
                });
                metrics.counter("hamkori.events.received", "type", event.type().eventName(),
                        "outcome", applied ? "applied" : "duplicate").increment();
                return;
            } catch (EventRejectedException e) {
                countDeadLetter(record.topic(), "rejected");
                throw e;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    countDeadLetter(record.topic(), "failed");
                    throw e;
                }
                LOG.warnf("Applying %s failed (attempt %d of %d): %s", event.id(), attempt, ATTEMPTS, e.getMessage());
                pause(Duration.ofMillis(200L * attempt));
            }
        }
    }

    private boolean recordFirstDelivery(InboundEvent event) {
        return entityManager.createNativeQuery("""
                INSERT INTO processed_event (event_id, event_type, subject, sequence, topic, kafka_partition, kafka_offset)
                VALUES (:id, :type, :subject, :sequence, :topic, :partition, :offset)
                ON CONFLICT (event_id) DO NOTHING
                """)
                .setParameter("id", event.id())
                .setParameter("type", event.type().ceType())
                .setParameter("subject", event.subject())
                .setParameter("sequence", event.sequence())
                .setParameter("topic", event.topic())
                .setParameter("partition", event.partition())
                .setParameter("offset", event.offset())
                .executeUpdate() == 1;
    }

    private void countDeadLetter(String topic, String reason) {
        metrics.counter("hamkori.events.dead-lettered", "topic", topic, "reason", reason).increment();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
