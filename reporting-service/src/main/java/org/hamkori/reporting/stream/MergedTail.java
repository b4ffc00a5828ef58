package org.hamkori.reporting.stream;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads many partitions as one sequence ordered by record timestamp (then topic, partition, offset), so that a
 * client who stops after an event has seen everything older than it, give or take the skew between producers'
 * clocks, however unevenly the partitions were fetched. A partition that may still hold older records holds the
 * others back, for at most {@code holdBack}.
 */
final class MergedTail implements AutoCloseable {

    private static final int BUFFERED_PER_PARTITION = 1000;
    private static final Comparator<ConsumerRecord<String, byte[]>> ORDER =
            Comparator.<ConsumerRecord<String, byte[]>>comparingLong(ConsumerRecord::timestamp)
                    .thenComparing(ConsumerRecord::topic)
                    .thenComparingInt(ConsumerRecord::partition)
                    .thenComparingLong(ConsumerRecord::offset);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<TopicPartition, ArrayDeque<ConsumerRecord<String, byte[]>>> buffers = new HashMap<>();
    private final Duration holdBack;
    private long heldSince = -1;

    MergedTail(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> start, Duration holdBack) {
        this.consumer = consumer;
        this.holdBack = holdBack;
        consumer.assign(start.keySet());
        start.forEach(consumer::seek);
        start.keySet().forEach(p -> buffers.put(p, new ArrayDeque<>()));
    }

    /** The records that can be released now, in order; empty when none arrived within {@code poll}. */
    List<ConsumerRecord<String, byte[]>> next(Duration poll) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(poll)) {
            buffers.get(new TopicPartition(record.topic(), record.partition())).add(record);
        }
        List<ConsumerRecord<String, byte[]>> released = new ArrayList<>();
        while (true) {
            TopicPartition oldest = null;
            for (Map.Entry<TopicPartition, ArrayDeque<ConsumerRecord<String, byte[]>>> buffer : buffers.entrySet()) {
                ConsumerRecord<String, byte[]> head = buffer.getValue().peek();
                if (head != null && (oldest == null || ORDER.compare(head, buffers.get(oldest).peek()) < 0)) {
                    oldest = buffer.getKey();
                }
            }
            if (oldest == null || (mayHoldOlder() && !heldTooLong())) {
                break;
            }
            released.add(buffers.get(oldest).poll());
        }
        if (!released.isEmpty() || buffers.values().stream().allMatch(ArrayDeque::isEmpty)) {
            heldSince = -1;
        }
        throttle();
        return released;
    }

    /** Whether a partition with nothing buffered has not been read to its end yet. */
    private boolean mayHoldOlder() {
        for (Map.Entry<TopicPartition, ArrayDeque<ConsumerRecord<String, byte[]>>> buffer : buffers.entrySet()) {
            if (buffer.getValue().isEmpty()) {
                OptionalLong lag = consumer.currentLag(buffer.getKey());
                if (lag.isEmpty() || lag.getAsLong() > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean heldTooLong() {
        long now = System.nanoTime();
        if (heldSince < 0) {
            heldSince = now;
        }
        return now - heldSince >= holdBack.toNanos();
    }

    /** Stops fetching partitions whose buffer is full until it drains, bounding memory per client. */
    private void throttle() {
        List<TopicPartition> full = new ArrayList<>();
        List<TopicPartition> drained = new ArrayList<>();
        buffers.forEach((partition, buffer) -> (buffer.size() >= BUFFERED_PER_PARTITION ? full : drained).add(partition));
        consumer.pause(full);
        consumer.resume(drained);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
