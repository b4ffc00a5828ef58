package org.hamkori.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what was really published on a topic of the local Kafka broker, waiting with a deadline. */
public final class PublishedEvents {

    public static final String BOOTSTRAP = System.getProperty("kafka.bootstrap.servers",
            System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));

    /** How long the tests give a service to publish what a request of theirs committed. */
    public static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(30);

    private PublishedEvents() {
    }

    /** A record as published: key, headers (last value of each), payload text and the producer's timestamp. */
    public record Published(String topic, int partition, long offset, String key, Map<String, String> headers,
            String payload, long timestamp) {

        public String header(String name) {
            return headers.get(name);
        }
    }

    /** Waits until at least {@code count} records keyed by {@code key} are on {@code topic}; returns them in order. */
    public static List<Published> awaitByKey(String topic, UUID key, int count, Duration timeout) {
        return await(topic, r -> key.toString().equals(r.key()), count, timeout);
    }

    /** {@link #awaitByKey(String, UUID, int, Duration)} within {@link #PUBLISHED_WITHIN}. */
    public static List<Published> awaitByKey(String topic, UUID key, int count) {
        return awaitByKey(topic, key, count, PUBLISHED_WITHIN);
    }

    /** {@link #await(String, Predicate, int, Duration)} within {@link #PUBLISHED_WITHIN}. */
    public static List<Published> await(String topic, Predicate<Published> filter, int count) {
        return await(topic, filter, count, PUBLISHED_WITHIN);
    }

    public static List<Published> await(String topic, Predicate<Published> filter, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Published> matching = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = fromTheBeginning(topic)) {
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Published published = toPublished(record);
                    if (filter.test(published)) {
                        matching.add(published);
                    }
                }
                if (matching.size() >= count) {
                    return matching;
                }
            }
        }
        throw new AssertionError("Expected " + count + " matching records on " + topic + " within " + timeout
                + " but found " + matching.size() + ": " + matching);
    }

    /** Everything on the topic right now, from the beginning up to the current end offsets. */
    public static List<Published> all(String topic) {
        List<Published> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = fromTheBeginning(topic)) {
            Set<TopicPartition> partitions = consumer.assignment();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " to its end within 60 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(r -> records.add(toPublished(r)));
            }
        }
        return records;
    }

    private static Published toPublished(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        String payload = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        return new Published(record.topic(), record.partition(), record.offset(), record.key(), headers, payload,
                record.timestamp());
    }

    /** A consumer of every partition of {@code topic}, at the beginning of each. */
    private static KafkaConsumer<String, byte[]> fromTheBeginning(String topic) {
        KafkaConsumer<String, byte[]> consumer = consumer();
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            return consumer;
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props);
    }

}
