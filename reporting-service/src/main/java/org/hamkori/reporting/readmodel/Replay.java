package org.hamkori.reporting.readmodel;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.hamkori.contract.MalformedEventException;
import org.hamkori.kit.failure.ConsumptionFailures;
import org.hamkori.kit.inbox.EventRejectedException;
import org.hamkori.kit.inbox.InboundEvent;
import org.hamkori.kit.inbox.TransientRetry;
import org.hamkori.reporting.Generation;
import org.jboss.logging.Logger;

/**
 * Fills a generation from the beginning of the topics up to given offsets, a poll's worth of records per
 * transaction, by the live consumer's rules: what it dead-letters (malformed, unknown, incomplete, or failing for
 * good in the database) is skipped here with the same reason, counted and logged; a transient failure (database
 * unavailable…) is waited out with backoff, the lease renewed by the next batch, rather than failing the generation.
 */
@ApplicationScoped
public class Replay {

    private static final Logger LOG = Logger.getLogger(Replay.class);

    @Inject
    TopicReader topics;

    @Inject
    Projection projection;

    @Inject
    Generations generations;

    @Inject
    TransientRetry retry;

    @Inject
    MeterRegistry metrics;

    /** Thrown when another replica took over the replay (this one stalled past the lease). */
    public static class LeaseLost extends RuntimeException {
        LeaseLost(Generation generation) {
            super("another replica took over the replay of generation " + generation.number());
        }
    }

    /** How many events a replay applied, and how many records it skipped as the live consumer dead-letters them. */
    public record Filled(long applied, long skipped) {
    }

    /** Applies every record before {@code until} to {@code generation}. */
    public Filled fill(Generation generation, String owner, Map<TopicPartition, Long> until) {
        long applied = 0;
        long skipped = 0;
        try (KafkaConsumer<String, byte[]> consumer = topics.standaloneConsumer("reporting-replay-" + generation.schema())) {
            List<TopicPartition> partitions = new ArrayList<>(until.keySet());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<TopicPartition> pending = new ArrayList<>(partitions);
            while (true) {
                pending.removeIf(p -> consumer.position(p) >= until.get(p));
                consumer.pause(partitions.stream().filter(p -> !pending.contains(p)).toList());
                if (pending.isEmpty()) {
                    return new Filled(applied, skipped);
                }
                List<InboundEvent> batch = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < until.get(new TopicPartition(record.topic(), record.partition()))
                            && !readable(record, batch)) {
                        skipped++;
                    }
                }
                int batchApplied = apply(generation, owner, batch, applied);
                applied += batchApplied;
                skipped += batch.size() - batchApplied;
            }
        }
    }

    private boolean readable(ConsumerRecord<String, byte[]> record, List<InboundEvent> batch) {
        try {
            InboundEvent event = InboundEvent.from(record);
            EventChecks.requireComplete(event.payload());
            batch.add(event);
            return true;
        } catch (MalformedEventException | EventRejectedException e) {
            skip(record.topic(), record.partition(), record.offset(), e.getMessage());
            return false;
        }
    }

    /** The batch in one transaction; if some event of it can never apply, each event on its own. */
    private int apply(Generation generation, String owner, List<InboundEvent> batch, long appliedBefore) {
        String waiter = "replay of generation " + generation.number();
        try {
            retry.call(waiter, batch.size() + " events", () -> applyInTransaction(generation, owner, batch,
                    appliedBefore + batch.size()));
            return batch.size();
        } catch (LeaseLost e) {
            throw e;
        } catch (RuntimeException batchFailure) {
            int applied = 0;
            for (InboundEvent event : batch) {
                try {
                    long progress = appliedBefore + applied + 1;
                    retry.call(waiter, event.type().eventName() + " " + event.id(),
                            () -> applyInTransaction(generation, owner, List.of(event), progress));
                    applied++;
                } catch (LeaseLost e) {
                    throw e;
                } catch (RuntimeException e) {
                    skip(event.topic(), event.partition(), event.offset(), e instanceof EventRejectedException
                            ? e.getMessage() : ConsumptionFailures.describe(e));
                }
            }
            return applied;
        }
    }

    private Void applyInTransaction(Generation generation, String owner, List<InboundEvent> events, long progress) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!generations.claimReplay(generation, owner)) {
                throw new LeaseLost(generation);
            }
            projection.apply(generation, events);
            generations.replayProgress(generation, progress);
        });
        return null;
    }

    private void skip(String topic, int partition, long offset, String reason) {
        metrics.counter("hamkori.replay.skipped", "topic", topic).increment();
        LOG.infof("Replay skips %s-%d@%d as the live consumer dead-letters it: %s", topic, partition, offset, reason);
    }
}
