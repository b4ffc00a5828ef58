package org.hamkori.kit.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.hamkori.contract.CloudEventHeaders;
import org.jboss.logging.MDC;

/**
 * Carries a write's trace through the outbox and Kafka: the context of the request that wrote an outbox row is kept
 * with the row as a W3C {@code traceparent}, the relay publishes it as the CloudEvents distributed-tracing extension
 * ({@code ce_traceparent}) and consumers continue that trace, so one trace shows a write and every consumer's work on
 * it.
 */
@ApplicationScoped
public class EventTracing {

    /** The MDC key naming the event being relayed or consumed, next to OpenTelemetry's traceId and spanId. */
    public static final String EVENT_ID = "eventId";

    static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<String> TRACEPARENT_ONLY = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    /** Work done for a consumed record. */
    @FunctionalInterface
    public interface Consumption<T, E extends Exception> {
        T run() throws E;
    }

    @Inject
    Tracer tracer;

    /**
     * Runs {@code work} in a consumer span that continues the trace of the record's {@code ce_traceparent}, with the
     * record's event id in the logging MDC; the span is marked failed when the work throws.
     */
    public <T, E extends Exception> T consuming(ConsumerRecord<?, ?> record, Consumption<T, E> work) throws E {
        String eventId = header(record, CloudEventHeaders.ID);
        Span span = start(record.topic() + " process", SpanKind.CONSUMER,
                header(record, CloudEventHeaders.TRACEPARENT));
        span.setAttribute("messaging.system", "kafka");
        span.setAttribute("messaging.operation.type", "process");
        span.setAttribute("messaging.destination.name", record.topic());
        span.setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()));
        span.setAttribute("messaging.kafka.offset", record.offset());
        setIfPresent(span, "messaging.message.id", eventId);
        setIfPresent(span, "cloudevents.event_id", eventId);
        setIfPresent(span, "cloudevents.event_type", header(record, CloudEventHeaders.TYPE));
        setIfPresent(span, "cloudevents.event_subject", header(record, CloudEventHeaders.SUBJECT));
        Object previousEventId = MDC.get(EVENT_ID);
        Throwable failure = null;
        try (Scope scope = span.makeCurrent()) {
            if (eventId != null) {
                MDC.put(EVENT_ID, eventId);
            }
            return work.run();
        } catch (Exception | Error e) {
            failure = e;
            throw e;
        } finally {
            if (previousEventId == null) {
                MDC.remove(EVENT_ID);
            } else {
                MDC.put(EVENT_ID, previousEventId);
            }
            end(span, failure);
        }
    }

    /** The current trace context as a W3C {@code traceparent}, or null outside any trace. */
    public String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** The context a {@code traceparent} names; the root context when it is null or not a valid one. */
    public Context contextOf(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, TRACEPARENT_ONLY);
    }

    /** A span of {@code kind}, child of the context {@code traceparent} names; the caller ends it. */
    public Span start(String name, SpanKind kind, String traceparent) {
        return tracer.spanBuilder(name).setSpanKind(kind).setParent(contextOf(traceparent)).startSpan();
    }

    /** The span's context as a W3C {@code traceparent}. */
    public String traceparentOf(Span span) {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.root().with(span), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** Ends the span, marking it failed when {@code failure} is not null. */
    public static void end(Span span, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
        }
        span.end();
    }

    private static void setIfPresent(Span span, String attribute, String value) {
        if (value != null) {
            span.setAttribute(attribute, value);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
