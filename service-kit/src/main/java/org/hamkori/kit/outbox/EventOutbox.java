package org.hamkori.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.EventType;
import org.hamkori.kit.domain.VersionedAggregate;
import org.hamkori.kit.tracing.EventTracing;

/**
 * Records a domain event in the same database transaction as the state change that caused it.
 * Nothing is sent here: {@link OutboxRelay} publishes the row once the transaction has committed. The row keeps the
 * writer's trace context, which the relay passes on as {@code ce_traceparent}.
 */
@ApplicationScoped
public class EventOutbox {

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Inject
    EventTracing tracing;

    /**
     * Flushes the aggregate's change so that its version is the one after the change, then records
     * the event with that version as its sequence.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(DomainEvent event, VersionedAggregate aggregate) {
        entityManager.flush();
        append(event, aggregate.currentVersion());
    }

    /**
     * @param sequence the aggregate's version after the change; published as {@code ce_sequence}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(DomainEvent event, long sequence) {
        EventType type = event.eventType();
        entityManager.createNativeQuery("""
                INSERT INTO outbox_event (id, event_type, topic, source, subject, sequence, occurred_at, payload, traceparent)
                VALUES (:id, :type, :topic, :source, :subject, :sequence, :occurredAt, :payload,
                        NULLIF(:traceparent, ''))
                """)
                .setParameter("id", UUID.randomUUID())
                .setParameter("type", type.ceType())
                .setParameter("topic", type.context().topic())
                .setParameter("source", type.context().source())
                .setParameter("subject", event.subjectId())
                .setParameter("sequence", sequence)
                .setParameter("occurredAt", Instant.now().truncatedTo(ChronoUnit.MICROS))
                .setParameter("payload", EventJson.write(event))
                .setParameter("traceparent", Objects.requireNonNullElse(tracing.currentTraceparent(), ""))
                .executeUpdate();
        transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
    }

    /** Publishing right after commit keeps latency low; the relay's slow poll is only the safety net. */
    private record WakeRelayAfterCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
