package org.hamkori.webhooks.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.hamkori.kit.kafka.KafkaClientConfig;
import org.hamkori.webhooks.WebhooksConfig;
import org.hamkori.webhooks.service.TopicHistory;
import org.jboss.logging.Logger;

/**
 * Reads the programme's topics again for a time window, outside the consumer group (a stand-alone consumer, each
 * partition sought to the window's start by timestamp, nothing committed), up to the end each partition had when the
 * replay started, keeping the records whose time lies in the window. The topics keep every event; the delivery log keeps delivered ones only for a while, so a recovery
 * of older events starts here. One replay runs at a time, in the background.
 */
@ApplicationScoped
public class TopicReplay implements TopicHistory {

    private static final Logger LOG = Logger.getLogger(TopicReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);

    @Inject
    KafkaClientConfig clients;

    @Inject
    WebhooksConfig config;

    private final ExecutorService replays = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-topic-replay");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void replay(String name, Instant since, Instant until, Consumer<List<ConsumerRecord<String, byte[]>>> chunk) {
        replays.submit(() -> {
            try {
                long read = read(since, until, chunk);
                LOG.infof("Replay %s read %d record(s) published from %s to %s", name, read, since, until);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Replay %s from %s to %s failed", name, since, until);
            }
        });
    }

    private long read(Instant since, Instant until, Consumer<List<ConsumerRecord<String, byte[]>>> chunk) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(clients.properties("webhooks-replay", Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName())))) {
            List<TopicPartition> partitions = new ArrayList<>();
            config.topics().forEach(topic -> consumer.partitionsFor(topic).forEach(
                    p -> partitions.add(new TopicPartition(p.topic(), p.partition()))));
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> timestamps = new HashMap<>();
            partitions.forEach(p -> timestamps.put(p, since.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(timestamps);
            Set<TopicPartition> open = new HashSet<>();
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp start = starts.get(partition);
                if (start != null && start.offset() < ends.get(partition)) {
                    consumer.seek(partition, start.offset());
                    open.add(partition);
                }
            }
            consumer.assign(open);
            long read = 0;
            while (!open.isEmpty()) {
                List<ConsumerRecord<String, byte[]>> inWindow = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (!open.contains(partition)) {
                        continue;
                    }
                    if (record.offset() >= ends.get(partition)) {
                        open.remove(partition);
                        continue;
                    }
                    // record times need not grow with offsets (producers' clocks): the whole tail is read
                    if (record.timestamp() >= since.toEpochMilli() && record.timestamp() < until.toEpochMilli()) {
                        inWindow.add(record);
                    }
                    if (record.offset() + 1 >= ends.get(partition)) {
                        open.remove(partition);
                    }
                }
                // a partition whose last offsets hold no record (transaction markers) ends at its position
                open.removeIf(partition -> consumer.position(partition) >= ends.get(partition));
                consumer.assign(open);
                if (!inWindow.isEmpty()) {
                    chunk.accept(inWindow);
                    read += inWindow.size();
                }
            }
            return read;
        }
    }

    @PreDestroy
    void close() {
        replays.shutdownNow();
    }
}
