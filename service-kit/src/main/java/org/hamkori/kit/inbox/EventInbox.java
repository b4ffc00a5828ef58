package org.hamkori.kit.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamkori.contract.MalformedEventException;
import org.hamkori.kit.tracing.ContinuesEventTrace;

/**
 * Idempotent consumer (after Eventuate Tram's duplicate detection): the event id is recorded in
 * {@code processed_event} in the same transaction as the event's effect, so a redelivered event is applied once.
 * A failure that may pass (database unavailable, lock conflict…) is retried until it does, holding the partition;
 * a record that can never apply is rethrown so that the channel's dead-letter strategy moves it aside with the reason
 * (see {@link ConsumptionFailures}).
 */
@ApplicationScoped
public class EventInbox {

    /** The outcome of applying one record. */
    public enum Outcome {
        APPLIED, DUPLICATE, REJECTED
    }

    /** What became of a record, and why when it was rejected. */
    public record Result(Outcome outcome, String reason) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry metrics;

    @Inject
    TransientRetry retry;

    /**
     * The live path: applies the record's event with {@code handler} unless it was applied before, waiting out
     * transient failures.
     *
     * @throws MalformedEventException when the record cannot be read as an event
     * @throws EventRejectedException when the event can never apply
     */
    @ContinuesEventTrace
    @StopsConsumingAtShutdown
    public void receive(ConsumerRecord<String, byte[]> record, InboxHandler handler) {
        InboundEvent event = read(record);
        boolean applied;
        try {
            applied = retry.call(record.topic() + "-" + record.partition(), describe(event),
                    () -> applyOnce(event, handler));
        } catch (EventRejectedException e) {
            countDeadLetter(record.topic(), "rejected");
            throw e;
        } catch (RuntimeException e) {
            if (ConsumptionFailures.isTransient(e)) {
                throw e; // the wait itself was cut short (shutdown): no verdict on the event
            }
            countDeadLetter(record.topic(), "failed");
            throw new EventRejectedException(ConsumptionFailures.describe(e), e);
        }
        metrics.counter("hamkori.events.received", "type", event.type().eventName(),
                "outcome", applied ? "applied" : "duplicate").increment();
    }

    /**
     * A dead letter sent back once its cause is fixed: applied once through the same handler, or rejected again with
     * the reason. A transient failure is thrown for the caller to try later.
     */
    @ContinuesEventTrace
    public Result redrive(ConsumerRecord<String, byte[]> record, InboxHandler handler) {
        InboundEvent event;
        try {
            event = InboundEvent.from(record);
        } catch (MalformedEventException e) {
            return new Result(Outcome.REJECTED, e.getMessage());
        }
        try {
            return applyOnce(event, handler) ? new Result(Outcome.APPLIED, null) : new Result(Outcome.DUPLICATE, null);
        } catch (RuntimeException e) {
            if (ConsumptionFailures.isTransient(e)) {
                throw new TransientFailure(e);
            }
            return new Result(Outcome.REJECTED, e instanceof EventRejectedException ? e.getMessage()
                    : ConsumptionFailures.describe(e));
        }
    }

    private InboundEvent read(ConsumerRecord<String, byte[]> record) {
        try {
            return InboundEvent.from(record);
        } catch (MalformedEventException e) {
            countDeadLetter(record.topic(), "malformed");
            throw e;
        }
    }

    /** One transaction: the inbox entry and the event's effect; false when the event was applied before. */
    private boolean applyOnce(InboundEvent event, InboxHandler handler) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!recordFirstDelivery(event)) {
                return false;
            }
            handler.apply(event);
            return true;
        });
    }

    private static String describe(InboundEvent event) {
        return event.type().eventName() + " " + event.id() + " (offset " + event.offset() + ")";
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
}
