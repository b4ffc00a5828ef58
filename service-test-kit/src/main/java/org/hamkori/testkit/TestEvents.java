package org.hamkori.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hamkori.contract.CloudEventHeaders;
import org.hamkori.contract.DomainEvent;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.EventType;

/** Writes records straight to the local broker, as a producing service (or a faulty one) would. */
public final class TestEvents implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public TestEvents() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PublishedEvents.BOOTSTRAP);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        this.producer = new KafkaProducer<>(props);
    }

    /** Publishes {@code event} as a CloudEvent with a fresh id; returns the id. */
    public UUID send(DomainEvent event, long sequence) {
        UUID id = UUID.randomUUID();
        send(id, event, sequence);
        return id;
    }

    /** Publishes {@code event} with the given ce_id (to redeliver a duplicate). */
    public void send(UUID ceId, DomainEvent event, long sequence) {
        EventType type = event.eventType();
        sendRaw(type.context().topic(), event.subjectId().toString(), headers(ceId, type.ceType(), type.context().source(),
                event.subjectId(), sequence), EventJson.write(event).getBytes(StandardCharsets.UTF_8));
    }

    /** The CloudEvents headers of SPEC §8, editable by tests that need a broken record. */
    public static Map<String, String> headers(UUID ceId, String ceType, String source, UUID subject, long sequence) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.ID, ceId.toString());
        headers.put(CloudEventHeaders.TYPE, ceType);
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.SUBJECT, subject.toString());
        headers.put(CloudEventHeaders.TIME, Instant.now().toString());
        headers.put(CloudEventHeaders.SEQUENCE, Long.toString(sequence));
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    public void sendRaw(String topic, String key, Map<String, String> headers, byte[] value) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, v) -> recordHeaders.add(name, v.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(new ProducerRecord<>(topic, null, key, value, recordHeaders)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the record", e);
        }
    }

    /** A record as {@link #sendRaw} takes it. */
    public record Raw(String key, Map<String, String> headers, byte[] value) {
    }

    /**
     * Publishes the records, in this order, to one partition of the topic in one batch of the producer, so that a
     * consumer reads them in one poll.
     */
    public static void sendRawTogether(String topic, List<Raw> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PublishedEvents.BOOTSTRAP);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 60_000);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 1 << 20);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> together = new KafkaProducer<>(props)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Raw record : records) {
                RecordHeaders recordHeaders = new RecordHeaders();
                record.headers().forEach((name, v) -> recordHeaders.add(name, v.getBytes(StandardCharsets.UTF_8)));
                sent.add(together.send(new ProducerRecord<>(topic, 0, record.key(), record.value(), recordHeaders)));
            }
            together.flush();
            for (Future<RecordMetadata> each : sent) {
                each.get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the records", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
