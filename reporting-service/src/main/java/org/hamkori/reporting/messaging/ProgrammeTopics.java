package org.hamkori.reporting.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamkori.kit.messaging.KafkaConnection;

/**
 * The programme's topics as the reporting service reads them outside its consumer group: end offsets, the group's
 * committed offsets (its lag), and stand-alone consumers for replays and the live event stream.
 */
@ApplicationScoped
public class ProgrammeTopics {

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(15);

    private final Map<String, Object> connection;
    private final List<String> topics;
    private final String consumerGroup;
    private final Admin admin;

    ProgrammeTopics(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "hamkori.reporting.topics") List<String> topics,
            @ConfigProperty(name = "hamkori.reporting.consumer-group") String consumerGroup) {
        this.connection = KafkaConnection.settings(kafkaConfig);
        this.topics = List.copyOf(topics);
        this.consumerGroup = consumerGroup;
        Properties config = new Properties();
        config.putAll(connection);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "reporting-admin");
        this.admin = Admin.create(config);
    }

    /** Every partition of the programme's topics. */
    public List<TopicPartition> partitions() {
        return await(admin.describeTopics(topics).allTopicNames()).values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
    }

    /** The offset after the last record of each partition, now. */
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

    /** The live consumer group's committed offsets; a partition it never committed is at 0. */
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

    /** A consumer outside any group (positions are assigned and sought by the caller, nothing is committed). */
    public KafkaConsumer<String, byte[]> standaloneConsumer(String clientId) {
        Properties config = new Properties();
        config.putAll(connection);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(config);
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
