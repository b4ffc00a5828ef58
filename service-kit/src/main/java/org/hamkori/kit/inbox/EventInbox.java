package org.hamkori.kit.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamkori.contract.MalformedEventException;
import org.hamkori.kit.failure.ConsumptionFailures;
import org.hamkori.kit.tracing.ContinuesEventTrace;
import org.hamkori.kit.tracing.EventTracing;
import org.jboss.logging.Logger;

/**
 * Idempotent consumer (after Eventuate Tram's duplicate detection): the event id is recorded in
 * {@code processed_event} in the same transaction as the event's effect, so a redelivered event is applied once.
 * A failure that may pass (database unavailable, lock conflict…) is retried until it does, holding the partitions;
 * a record that can never apply is nacked alone, so that the channel's dead-letter strategy moves it aside with the
 * reason (see {@link ConsumptionFailures}), while the other records of its batch apply.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    /** The outcome of applying one record. */
    public enum Outcome {
        APPLIED, DUPLICATE, REJECTED
    }

    /** What became of a record, and why when it was rejected. */
    public record Result(Outcome outcome, String reason) {
    }

    /** A record of a batch read as an event. */
    private record Delivery(KafkaRecord<String, byte[]> message, ConsumerRecord<String, byte[]> record,
            InboundEvent event) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry metrics;

    @Inject
    TransientRetry retry;

    @Inject
    EventTracing tracing;

    /**
     * The live path: applies a poll's records with {@code handler} in one transaction, each event unless it was
     * applied before (in an earlier batch or earlier in this one), waiting out transient failures; then acknowledges
     * the batch. A malformed record, or one whose event can never apply, is nacked alone (dead-lettered with its
     * reason): when the batch's transaction fails for good, its events are applied one by one, each in its own
     * transaction, to tell which. The returned stage completes once the dead letters are sent and the batch is
     * acknowledged.
     */
    @StopsConsumingAtShutdown
    public CompletionStage<Void> receive(KafkaRecordBatch<String, byte[]> batch, InboxHandler handler) {
        List<Delivery> deliveries = new ArrayList<>();
        List<Map.Entry<KafkaRecord<String, byte[]>, MalformedEventException>> malformed = new ArrayList<>();
        for (KafkaRecord<String, byte[]> message : batch.getRecords()) {
            ConsumerRecord<String, byte[]> record = consumerRecord(message);
            try {
                deliveries.add(new Delivery(message, record, InboundEvent.from(record)));
            } catch (MalformedEventException e) {
                malformed.add(Map.entry(message, e));
            }
        }
        List<CompletableFuture<Void>> deadLetters = new ArrayList<>();
        InboxHandler reading = handler.reading(deliveries.stream().map(Delivery::record).toList());
        try {
            apply(deliveries, reading, deadLetters);
            // only now: a dead letter's acknowledgement may let its partition's offset be committed past the batch
            malformed.forEach(m -> deadLetters.add(deadLetterMalformed(m.getKey(), m.getValue())));
        } catch (RuntimeException e) {
            if (!ConsumptionFailures.isTransient(e)) {
                throw e;
            }
            // the wait itself was cut short (shutdown): no verdict, the batch is read again after the restart
            LOG.warnf("%d record(s) left unacknowledged: %s", batch.getRecords().size(),
                    ConsumptionFailures.describe(e));
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.allOf(deadLetters.toArray(CompletableFuture[]::new))
                .thenCompose(sent -> batch.ack());
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
            return applyOnce(event, handler.reading(List.of(record))) ? new Result(Outcome.APPLIED, null)
                    : new Result(Outcome.DUPLICATE, null);
        } catch (RuntimeException e) {
            if (ConsumptionFailures.isTransient(e)) {
                throw new TransientFailure(e);
            }
            return new Result(Outcome.REJECTED, e instanceof EventRejectedException ? e.getMessage()
                    : ConsumptionFailures.describe(e));
        }
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, byte[]> consumerRecord(KafkaRecord<String, byte[]> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow().getRecord();
    }

    /** Dead-letters a record that cannot be read as an event, in a consumer span of its own marked failed. */
    private CompletableFuture<Void> deadLetterMalformed(KafkaRecord<String, byte[]> message,
            MalformedEventException reason) {
        ConsumerRecord<String, byte[]> record = consumerRecord(message);
        countDeadLetter(record.topic(), "malformed");
        try {
            return tracing.consuming(record, () -> {
                throw reason;
            });
        } catch (MalformedEventException e) {
            return message.nack(e).toCompletableFuture();
        }
    }

    /** The batch in one transaction; if it fails for good, each event in its own. */
    private void apply(List<Delivery> deliveries, InboxHandler handler, List<CompletableFuture<Void>> deadLetters) {
        if (deliveries.isEmpty()) {
            return;
        }
        Set<UUID> applied;
        try {
            applied = retry.call(waiter(deliveries), describe(deliveries),
                    () -> applyFirstDeliveries(deliveries, handler));
        } catch (RuntimeException batchFailure) {
            if (ConsumptionFailures.isTransient(batchFailure)) {
                throw batchFailure;
            }
            for (Delivery delivery : deliveries) {
                try {
                    tracing.consuming(delivery.record(), () -> applyAlone(delivery, handler));
                } catch (EventRejectedException e) {
                    deadLetters.add(delivery.message().nack(e).toCompletableFuture());
                }
            }
            return;
        }
        for (Delivery delivery : deliveries) {
            countReceived(delivery.event(), applied.remove(delivery.event().id()));
        }
    }

    /**
     * One transaction: the inbox entries of the batch's events, in one statement, and the effect of those not applied
     * before; returns their ids.
     */
    private Set<UUID> applyFirstDeliveries(List<Delivery> deliveries, InboxHandler handler) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<UUID> firstDeliveries = recordFirstDeliveries(deliveries.stream().map(Delivery::event).toList());
            Set<UUID> pending = new HashSet<>(firstDeliveries);
            List<Delivery> toApply = deliveries.stream().filter(d -> pending.remove(d.event().id())).toList();
            Map<InboundEvent, ConsumerRecord<String, byte[]>> records = new IdentityHashMap<>();
            toApply.forEach(d -> records.put(d.event(), d.record()));
            handler.apply(toApply.stream().map(Delivery::event).toList(),
                    (event, application) -> tracing.consuming(records.get(event), () -> {
                        application.run();
                        return null;
                    }));
            return firstDeliveries;
        });
    }

    /** The event in its own transaction, as it would apply alone. */
    private Void applyAlone(Delivery delivery, InboxHandler handler) {
        InboundEvent event = delivery.event();
        boolean applied;
        try {
            applied = retry.call(delivery.record().topic() + "-" + delivery.record().partition(), describe(event),
                    () -> applyOnce(event, handler));
        } catch (EventRejectedException e) {
            countDeadLetter(event.topic(), "rejected");
            throw e;
        } catch (RuntimeException e) {
            if (ConsumptionFailures.isTransient(e)) {
                throw e;
            }
            countDeadLetter(event.topic(), "failed");
            throw new EventRejectedException(ConsumptionFailures.describe(e), e);
        }
        countReceived(event, applied);
        return null;
    }

    /** One transaction: the inbox entry and the event's effect; false when the event was applied before. */
    private boolean applyOnce(InboundEvent event, InboxHandler handler) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (recordFirstDeliveries(List.of(event)).isEmpty()) {
                return false;
            }
            handler.apply(event);
            return true;
        });
    }

    /** Names the partitions a batch holds while it waits (readiness data). */
    private static String waiter(List<Delivery> deliveries) {
        return deliveries.stream().map(d -> d.event().topic() + "-" + d.event().partition())
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(","));
    }

    private static String describe(List<Delivery> deliveries) {
        InboundEvent first = deliveries.get(0).event();
        InboundEvent last = deliveries.get(deliveries.size() - 1).event();
        return deliveries.size() == 1 ? describe(first)
                : deliveries.size() + " events, " + describe(first) + " to " + describe(last);
    }

    private static String describe(InboundEvent event) {
        return event.type().eventName() + " " + event.id() + " (offset " + event.offset() + ")";
    }

    /** Records the events' first deliveries in one statement; returns the ids it had not seen. */
    private Set<UUID> recordFirstDeliveries(List<InboundEvent> events) {
        @SuppressWarnings("unchecked")
        List<UUID> inserted = entityManager.createNativeQuery("""
                INSERT INTO processed_event (event_id, event_type, subject, sequence, topic, kafka_partition, kafka_offset)
                SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:types AS varchar[]), CAST(:subjects AS uuid[]),
                        CAST(:sequences AS bigint[]), CAST(:topics AS varchar[]), CAST(:partitions AS integer[]),
                        CAST(:offsets AS bigint[]))
                ON CONFLICT (event_id) DO NOTHING
                RETURNING event_id
                """)
                .setParameter("ids", arrayOf(events, e -> e.id().toString()))
                .setParameter("types", arrayOf(events, e -> e.type().ceType()))
                .setParameter("subjects", arrayOf(events, e -> e.subject().toString()))
                .setParameter("sequences", arrayOf(events, e -> Long.toString(e.sequence())))
                .setParameter("topics", arrayOf(events, InboundEvent::topic))
                .setParameter("partitions", arrayOf(events, e -> Integer.toString(e.partition())))
                .setParameter("offsets", arrayOf(events, e -> Long.toString(e.offset())))
                .getResultList();
        return new HashSet<>(inserted);
    }

    /** A PostgreSQL array literal of the events' values, each quoted (topics and types are plain names). */
    private static String arrayOf(List<InboundEvent> events, Function<InboundEvent, String> value) {
        return events.stream().map(e -> "\"" + value.apply(e) + "\"").collect(Collectors.joining(",", "{", "}"));
    }

    private void countReceived(InboundEvent event, boolean applied) {
        metrics.counter("hamkori.events.received", "type", event.type().eventName(),
                "outcome", applied ? "applied" : "duplicate").increment();
    }

    private void countDeadLetter(String topic, String reason) {
        metrics.counter("hamkori.events.dead-lettered", "topic", topic, "reason", reason).increment();
    }
}
