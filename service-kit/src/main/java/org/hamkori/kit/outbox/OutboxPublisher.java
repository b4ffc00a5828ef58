package org.hamkori.kit.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hamkori.contract.CloudEventHeaders;
import org.hamkori.kit.kafka.KafkaClientConfig;
import org.hamkori.kit.tracing.EventTracing;
import org.jboss.logging.MDC;

/**
 * Sends outbox rows as CloudEvents in binary mode (SPEC §8): payload as the value, attributes as
 * {@code ce_*} headers, the aggregate id as the key so one aggregate's events share a partition; the trace context as
 * the CloudEvents distributed-tracing extension ({@code ce_traceparent}).
 */
@ApplicationScoped
public class OutboxPublisher {

    /** Failures no retry can cure: the row as it is will never be accepted. */
    private static final List<Class<? extends Exception>> NEVER_SENDABLE = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, SerializationException.class, InvalidTopicException.class,
            InvalidRecordException.class);

    /** What became of a record handed to the producer. */
    enum Outcome {
        /** The broker acknowledged it. */
        PUBLISHED,
        /** It can never be sent as it is. */
        NEVER_SENDABLE,
        /** Not sent, refused for a reason that may pass, or not acknowledged in time: it may be sent again. */
        FAILED
    }

    record SendResult(OutboxRecord record, Outcome outcome, String reason) {
    }

    private final KafkaProducer<String, byte[]> producer;
    private final EventTracing tracing;

    @Inject
    public OutboxPublisher(KafkaClientConfig clients, OutboxConfig config, EventTracing tracing) {
        this.producer = new KafkaProducer<>(producerConfig(clients, config.producer(), config.batchTimeout()));
        this.tracing = tracing;
    }

    /** The shared {@code kafka.*} settings, the relay's own, then {@code hamkori.outbox.producer.*}. */
    static Properties producerConfig(KafkaClientConfig clients, Map<String, String> overrides, Duration batchTimeout) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // a send that waits for metadata or buffer space gives up well inside the batch's time
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.max(100, batchTimeout.dividedBy(8).toMillis()));
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
        // no lingering: a batch's records are handed over together and wait for their acknowledgements anyway, and a
        // lone event (a user's write) would otherwise wait for the linger and the sender thread's wake-up
        // (docs/benchmarks.md, P2); records sent while a request is in flight still travel together
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        settings.putAll(overrides);
        return clients.properties("outbox-relay", settings);
    }

    /**
     * Hands the records to the producer together and waits for each acknowledgement until {@code deadline}
     * ({@link System#nanoTime()}). Stops handing out records when the deadline has passed or a send failed at
     * once for a reason that may pass (the broker is unreachable): those are {@link Outcome#FAILED} and were
     * never sent. Returns one result per record, in order.
     */
    List<SendResult> send(List<OutboxRecord> records, long deadline) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        String notSent = null;
        for (OutboxRecord record : records) {
            if (System.nanoTime() - deadline >= 0) {
                notSent = "the batch ran out of time";
                break;
            }
            Future<RecordMetadata> ack = sendOne(record);
            acks.add(ack);
            if (ack.isDone() && await(record, ack, deadline).outcome() == Outcome.FAILED) {
                notSent = "not sent after a failed send";
                break;
            }
        }
        List<SendResult> results = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            results.add(i < acks.size()
                    ? await(records.get(i), acks.get(i), deadline)
                    : new SendResult(records.get(i), Outcome.FAILED, notSent));
        }
        return results;
    }

    /** Sends in a producer span of the writer's trace, which the record carries on as {@code ce_traceparent}. */
    private Future<RecordMetadata> sendOne(OutboxRecord record) {
        Span span = tracing.start(record.topic() + " publish", SpanKind.PRODUCER, record.traceparent());
        span.setAttribute("messaging.system", "kafka");
        span.setAttribute("messaging.operation.type", "send");
        span.setAttribute("messaging.destination.name", record.topic());
        span.setAttribute("messaging.message.id", record.id().toString());
        span.setAttribute("cloudevents.event_id", record.id().toString());
        span.setAttribute("cloudevents.event_type", record.eventType());
        MDC.put(EventTracing.EVENT_ID, record.id().toString());
        try {
            return producer.send(toProducerRecord(record, tracing.traceparentOf(span)),
                    (metadata, failure) -> EventTracing.end(span, failure));
        } catch (RuntimeException e) {
            EventTracing.end(span, e);
            return CompletableFuture.failedFuture(e);
        } finally {
            MDC.remove(EventTracing.EVENT_ID);
        }
    }

    private static SendResult await(OutboxRecord record, Future<RecordMetadata> ack, long deadline) {
        try {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new SendResult(record, Outcome.PUBLISHED, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            boolean never = NEVER_SENDABLE.stream().anyMatch(type -> type.isInstance(cause));
            return new SendResult(record, never ? Outcome.NEVER_SENDABLE : Outcome.FAILED,
                    cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (TimeoutException e) {
            return new SendResult(record, Outcome.FAILED, "no acknowledgement from the broker within the batch's time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult(record, Outcome.FAILED, "interrupted while waiting for the broker");
        }
    }

    private static ProducerRecord<String, byte[]> toProducerRecord(OutboxRecord record, String traceparent) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, record.id().toString());
        header(headers, CloudEventHeaders.TYPE, record.eventType());
        header(headers, CloudEventHeaders.SOURCE, record.source());
        header(headers, CloudEventHeaders.SUBJECT, record.subject().toString());
        header(headers, CloudEventHeaders.TIME, record.occurredAt().toString());
        header(headers, CloudEventHeaders.SEQUENCE, Long.toString(record.sequence()));
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (traceparent != null) {
            header(headers, CloudEventHeaders.TRACEPARENT, traceparent);
        }
        return new ProducerRecord<>(record.topic(), null, record.subject().toString(),
                record.payload().getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
