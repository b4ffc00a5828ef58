package org.hamkori.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.EventType;
import org.hamkori.kit.audit.AuditTrail;
import org.hamkori.kit.domain.VersionedAggregate;
import org.hamkori.kit.tracing.EventTracing;
import org.hibernate.Session;

/**
 * Records a domain event in the same database transaction as the state change that caused it.
 * Nothing is sent here: {@link OutboxRelay} publishes the row once the transaction has committed. The row keeps the
 * writer's trace context, which the relay passes on as {@code ce_traceparent}. Each event appended also appends the
 * write's audit entry ({@link AuditTrail}) with the event's id: a service that records its event cannot forget to
 * record who made the change.
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

    @Inject
    AuditTrail audit;

    /**
     * Flushes the aggregate's change so that its version is the one after the change, then records
     * the event with that version as its sequence, and the audit entry of the write, named after the event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(DomainEvent event, VersionedAggregate aggregate) {
        entityManager.flush();
        UUID eventId = append(event, aggregate.currentVersion());
        audit.recordWrite(aggregate, event.getClass().getSimpleName(), eventId);
    }

    /**
     * @param sequence the aggregate's version after the change; published as {@code ce_sequence}
     * @return the event's id, its {@code ce_id}
     */
    private UUID append(DomainEvent event, long sequence) {
        UUID id = UUID.randomUUID();
        EventType type = event.eventType();
        String payload = EventJson.write(event);
        String traceparent = tracing.currentTraceparent();
        // one plain statement on the transaction's connection: every write of every service goes through here, and
        // the ORM's native-query machinery cost more than the insert itself
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO outbox_event (id, event_type, topic, source, subject, sequence, occurred_at, payload,
                                              traceparent)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)) {
                insert.setObject(1, id);
                insert.setString(2, type.ceType());
                insert.setString(3, type.context().topic());
                insert.setString(4, type.context().source());
                insert.setObject(5, event.subjectId());
                insert.setLong(6, sequence);
                insert.setObject(7, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
                insert.setString(8, payload);
                insert.setString(9, traceparent == null || traceparent.isEmpty() ? null : traceparent);
                insert.executeUpdate();
            }
        });
        transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
        return id;
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
