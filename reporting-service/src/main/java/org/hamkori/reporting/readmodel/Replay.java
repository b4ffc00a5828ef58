package org.hamkori.reporting.readmodel;

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
import org.hamkori.kit.inbox.EventRejectedException;
import org.hamkori.kit.inbox.InboundEvent;
import org.hamkori.reporting.messaging.ProgrammeTopics;
import org.jboss.logging.Logger;

/**
 * Fills a generation from the beginning of the topics up to given offsets, a poll's worth of records per
 * transaction. Records the live consumer dead-letters (malformed, unknown, incomplete) are skipped alike.
 */
@ApplicationScoped
public class Replay {

    private static final Logger LOG = Logger.getLogger(Replay.class);
    private static final int ATTEMPTS = 3;

    @Inject
    ProgrammeTopics topics;

    @Inject
    Projection projection;

    @Inject
    Generations generations;

    /** Thrown when another replica took over the replay (this one stalled past the lease). */
    public static class LeaseLost extends RuntimeException {
        LeaseLost(Generation generation) {
            super("another replica took over the replay of generation " + generation.number());
        }
    }

    /** Applies every record before {@code until} to {@code generation}; returns how many events were applied. */
    public long fill(Generation generation, String owner, Map<TopicPartition, Long> until) {
        long applied = 0;
        try (KafkaConsumer<String, byte[]> consumer = topics.standaloneConsumer("reporting-replay-" + generation.schema())) {
            List<TopicPartition> partitions = new ArrayList<>(until.keySet());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<TopicPartition> pending = new ArrayList<>(partitions);
            while (true) {
                pending.removeIf(p -> consumer.position(p) >= until.get(p));
                consumer.pause(partitions.stream().filter(p -> !pending.contains(p)).toList());
                if (pending.isEmpty()) {
                    return applied;
                }
                List<InboundEvent> batch = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < until.get(new TopicPartition(record.topic(), record.partition()))) {
                        readable(record, batch);
                    }
                }
                applied += batch.size();
                apply(generation, owner, batch, applied);
            }
        }
    }

    private static void readable(ConsumerRecord<String, byte[]> record, List<InboundEvent> batch) {
        try {
            InboundEvent event = InboundEvent.from(record);
            EventChecks.requireComplete(event.payload());
            batch.add(event);
        } catch (MalformedEventException | EventRejectedException e) {
            LOG.debugf("Replay skips %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
        }
    }

    private void apply(Generation generation, String owner, List<InboundEvent> batch, long applied) {
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (!generations.claimReplay(generation, owner)) {
                        throw new LeaseLost(generation);
                    }
                    projection.apply(generation, batch);
                    generations.replayProgress(generation, applied);
                });
                return;
            } catch (LeaseLost e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.warnf("Replay batch into generation %d failed (attempt %d of %d): %s", generation.number(),
                        attempt, ATTEMPTS, e.getMessage());
            }
        }
    }
}
