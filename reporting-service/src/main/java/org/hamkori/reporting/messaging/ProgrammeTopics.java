package org.hamkori.reporting.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.hamkori.kit.kafka.KafkaClientConfig;
import org.hamkori.reporting.ReportingConfig;
import org.hamkori.reporting.readmodel.TopicReader;

/**
 * The programme's topics as the reporting service reads them outside its consumer group: end offsets, the group's
 * committed offsets (its lag), and stand-alone consumers for replays and the live event stream. Their clients take the
 * same {@code kafka.*} configuration as the SmallRye channels.
 */
@ApplicationScoped
public class ProgrammeTopics implements TopicReader {

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(15);

    private final KafkaClientConfig clients;
    private final List<String> topics;
    private final String consumerGroup;
    private final Admin admin;

    ProgrammeTopics(KafkaClientConfig clients, ReportingConfig config) {
        this.clients = clients;
        this.topics = List.copyOf(config.topics());
        this.consumerGroup = config.consumerGroup();
        this.admin = Admin.create(clients.properties("reporting-admin", Map.of()));
    }

    /** Every partition of the programme's topics. */
    public List<TopicPartition> partitions() {
        return await(admin.describeTopics(topics).allTopicNames()).values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
    }

    @Override
    public Map<TopicPartition, Long> endOffsets() {
        return offsets(OffsetSpec.latest());
    }

    /** The offset of the first record still in each partition. */
    public Map<TopicPartition, Long> beginningOffsets() {
        return offsets(OffsetSpec.earliest());
    }

    /** The offset of each partition's first record published at or after {@code timestamp}; the end if none was. */
    public Map<TopicPartition, Long> offsetsAt(long timestamp) {
        Map<TopicPartition, Long> found = offsets(OffsetSpec.forTimestamp(timestamp));
        Map<TopicPartition, Long> ends = endOffsets();
        found.replaceAll((partition, offset) -> offset < 0 ? ends.get(partition) : offset);
        return found;
    }

    private Map<TopicPartition, Long> offsets(OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions().forEach(p -> request.put(p, spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        await(admin.listOffsets(request).all()).forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    @Override
    public Map<TopicPartition, Long> committedOffsets() {
        Map<TopicPartition, OffsetAndMetadata> committed =
                await(admin.listConsumerGroupOffsets(consumerGroup).partitionsToOffsetAndMetadata());
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (TopicPartition partition : partitions()) {
            OffsetAndMetadata position = committed.get(partition);
            offsets.put(partition, position == null ? 0L : position.offset());
        }
        return offsets;
    }

    @Override
    public KafkaConsumer<String, byte[]> standaloneConsumer(String clientId) {
        return new KafkaConsumer<>(clients.properties(clientId, Map.of(
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName())));
    }

    private static <T> T await(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
