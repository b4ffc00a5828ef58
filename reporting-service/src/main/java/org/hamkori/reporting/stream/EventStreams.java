package org.hamkori.reporting.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.EventType;
import org.hamkori.contract.MalformedEventException;
import org.hamkori.contract.centers.ClosureReason;
import org.hamkori.contract.training.RevocationReason;
import org.hamkori.kit.inbox.InboundEvent;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.reporting.ReportingConfig;
import org.hamkori.reporting.messaging.ProgrammeTopics;
import org.jboss.logging.Logger;

/**
 * The public events as Server-Sent Events, each client reading the topics with a consumer of its own (outside the
 * consumer group) in timestamp order. {@code Last-Event-ID} resumes after that event: its own partition from the
 * next offset, the others from {@code resume-margin} before its timestamp, so nothing is missed and at most the
 * events of that margin come again (partners deduplicate by {@code ce_id}, SPEC §8). A stream ends when the
 * token it was opened with expires: the client reconnects with a fresh one.
 */
@ApplicationScoped
public class EventStreams {

    private static final Logger LOG = Logger.getLogger(EventStreams.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration LOOKUP = Duration.ofSeconds(10);
    /** A client at its cap waits for one of its own streams to end: no sooner than a keep-alive round. */
    private static final Duration SUBJECT_RETRY = Duration.ofSeconds(15);

    private volatile boolean stopping;

    @Inject
    ProgrammeTopics topics;

    @Inject
    EntityManager entityManager;

    /** Each stream holds one of the container's worker threads while it is open. */
    @Inject
    ManagedExecutor streams;

    @Inject
    ReportingConfig config;

    private Semaphore slots;

    /** Open streams per token subject; a subject is removed when its last stream ends. */
    private final Map<String, Integer> perSubject = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        slots = new Semaphore(config.stream().maxClients());
    }

    /**
     * Positions the client's reader (errors become problem responses before the stream starts), then streams on a
     * thread of its own until the client goes, its token expires or the service stops.
     */
    public void open(String subject, String lastEventId, Instant tokenExpiresAt, SseEventSink sink, Sse sse) {
        if (!takeSubjectSlot(subject)) {
            throw ProblemException.tooManyRequests("This client already holds " + config.stream().maxPerSubject()
                    + " event streams, the most one client may open; close one first", SUBJECT_RETRY);
        }
        if (!slots.tryAcquire()) {
            releaseSubjectSlot(subject);
            throw new ProblemException(503, "too-many-streams", "Too many event streams",
                    "The service serves " + config.stream().maxClients() + " event streams at most; retry later", List.of());
        }
        try {
            Map<TopicPartition, Long> start = lastEventId == null || lastEventId.isBlank()
                    ? topics.endOffsets()
                    : after(eventId(lastEventId.trim()));
            streams.submit(() -> {
                try (MergedTail tail = new MergedTail(topics.standaloneConsumer("reporting-event-stream"), start,
                        Duration.ofSeconds(2))) {
                    send(sink, sse.newEventBuilder().comment("stream open").build());
                    stream(tail, tokenExpiresAt, sink, sse);
                } catch (RuntimeException e) {
                    LOG.debugf("An event stream ended: %s", e.getMessage());
                } finally {
                    slots.release();
                    releaseSubjectSlot(subject);
                    closeQuietly(sink);
                }
            });
        } catch (RuntimeException e) {
            slots.release();
            releaseSubjectSlot(subject);
            throw e;
        }
    }

    private boolean takeSubjectSlot(String subject) {
        boolean[] taken = {false};
        perSubject.compute(subject, (key, open) -> {
            int count = open == null ? 0 : open;
            if (count >= config.stream().maxPerSubject()) {
                return open;
            }
            taken[0] = true;
            return count + 1;
        });
        return taken[0];
    }

    private void releaseSubjectSlot(String subject) {
        perSubject.computeIfPresent(subject, (key, open) -> open <= 1 ? null : open - 1);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    private void stream(MergedTail tail, Instant tokenExpiresAt, SseEventSink sink, Sse sse) {
        long lastSent = System.nanoTime();
        while (!stopping && !sink.isClosed()) {
            if (!Instant.now().isBefore(tokenExpiresAt)) {
                send(sink, sse.newEventBuilder().comment("token expired").build());
                return;
            }
            for (ConsumerRecord<String, byte[]> record : tail.next(POLL)) {
                OutboundSseEvent event = event(record, sse);
                if (event != null) {
                    send(sink, event);
                    lastSent = System.nanoTime();
                }
            }
            if (System.nanoTime() - lastSent > config.stream().keepAlive().toNanos()) {
                send(sink, sse.newEventBuilder().comment("keep-alive").build());
                lastSent = System.nanoTime();
            }
        }
    }

    /** {@code id} = ce_id, {@code event} = ce_type, {@code data} = the payload as published; records that are not events of the catalogue are left out. */
    private static OutboundSseEvent event(ConsumerRecord<String, byte[]> record, Sse sse) {
        try {
            InboundEvent event = InboundEvent.from(record);
            JsonNode payload = withReasonCode(event.type(), EventJson.mapper().readTree(record.value()));
            return sse.newEventBuilder().id(event.id().toString()).name(event.type().ceType())
                    .data(String.class, EventJson.mapper().writeValueAsString(payload)).build();
        } catch (MalformedEventException | IOException e) {
            return null;
        }
    }

    /**
     * Closures and revocations published before reasons were codes carry free text, which may name people: a partner
     * reading them again gets {@code OTHER} instead.
     */
    private static JsonNode withReasonCode(EventType type, JsonNode payload) {
        Set<String> codes = switch (type) {
            case CENTER_CLOSED -> names(ClosureReason.values());
            case CERTIFICATE_REVOKED -> names(RevocationReason.values());
            default -> Set.of();
        };
        if (!codes.isEmpty() && payload instanceof ObjectNode fields && payload.hasNonNull("reason")
                && !codes.contains(payload.get("reason").asText())) {
            fields.put("reason", "OTHER");
        }
        return payload;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    private static void send(SseEventSink sink, OutboundSseEvent event) {
        try {
            sink.send(event).toCompletableFuture().get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the client is gone: " + e.getMessage(), e);
        }
    }

    private static UUID eventId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("Last-Event-ID", "must be the id of an event received on this stream");
        }
    }

    /** Where a client that last received {@code eventId} continues. */
    private Map<TopicPartition, Long> after(UUID eventId) {
        Object[] position = position(eventId);
        TopicPartition partition = new TopicPartition((String) position[0], ((Number) position[1]).intValue());
        long offset = ((Number) position[2]).longValue();
        Long timestamp = timestamp(partition, offset);
        if (timestamp == null) {
            // the event is no longer in its topic: everything that still is
            return topics.beginningOffsets();
        }
        Map<TopicPartition, Long> start = topics.offsetsAt(timestamp - config.stream().resumeMargin().toMillis());
        start.put(partition, offset + 1);
        return start;
    }

    /**
     * The topic, partition and offset at which the live consumer received the event. It may lag a little behind the
     * stream, so an id it does not know yet is looked up again while it has records left to apply (for a bounded
     * time); once it has applied everything, an unknown id is answered at once.
     */
    private Object[] position(UUID eventId) {
        long deadline = System.nanoTime() + LOOKUP.toNanos();
        while (true) {
            boolean caughtUp = caughtUp();
            List<Object[]> rows = processedAt(eventId);
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            if (caughtUp || System.nanoTime() > deadline) {
                throw ProblemException.invalidField("Last-Event-ID",
                        "names no event of the programme's topics that this service has received");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> processedAt(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT topic, kafka_partition, kafka_offset FROM processed_event WHERE event_id = :id")
                .setParameter("id", eventId).getResultList());
    }

    /** Whether the live consumer group has committed every record on the topics. */
    private boolean caughtUp() {
        Map<TopicPartition, Long> committed = topics.committedOffsets();
        return topics.endOffsets().entrySet().stream()
                .allMatch(end -> committed.getOrDefault(end.getKey(), 0L) >= end.getValue());
    }

    /** The record's timestamp; null when it is gone (retention, compaction). */
    private Long timestamp(TopicPartition partition, long offset) {
        try (KafkaConsumer<String, byte[]> consumer = topics.standaloneConsumer("reporting-event-stream-resume")) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            long deadline = System.nanoTime() + LOOKUP.toNanos();
            while (offset < end && System.nanoTime() < deadline) {
                List<ConsumerRecord<String, byte[]>> records = consumer.poll(POLL).records(partition);
                if (!records.isEmpty()) {
                    // a record removed by retention or compaction leaves the next one at the sought offset
                    return records.get(0).offset() == offset ? records.get(0).timestamp() : null;
                }
            }
            return null;
        }
    }

    private static void closeQuietly(SseEventSink sink) {
        try {
            sink.close();
        } catch (RuntimeException e) {
            LOG.debugf("closing an event stream: %s", e.getMessage());
        }
    }
}
