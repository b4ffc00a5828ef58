package org.hamkori.kit.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.hamkori.contract.CloudEventHeaders;
import org.jboss.logging.MDC;

/** Runs a {@link ContinuesEventTrace} method in a consumer span continuing its record's trace. */
@ContinuesEventTrace
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class EventTraceInterceptor {

    @Inject
    EventTracing tracing;

    @AroundInvoke
    Object continueTrace(InvocationContext invocation) throws Exception {
        Optional<ConsumerRecord<?, ?>> consumed = Arrays.stream(invocation.getParameters())
                .filter(ConsumerRecord.class::isInstance).<ConsumerRecord<?, ?>>map(ConsumerRecord.class::cast)
                .findFirst();
        if (consumed.isEmpty()) {
            return invocation.proceed();
        }
        ConsumerRecord<?, ?> record = consumed.get();
        String eventId = header(record, CloudEventHeaders.ID);
        Span span = tracing.start(record.topic() + " process", SpanKind.CONSUMER,
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
        Object previousEventId = MDC.get(EventTracing.EVENT_ID);
        Throwable failure = null;
        try (Scope scope = span.makeCurrent()) {
            if (eventId != null) {
                MDC.put(EventTracing.EVENT_ID, eventId);
            }
            return invocation.proceed();
        } catch (Exception | Error e) {
            failure = e;
            throw e;
        } finally {
            restore(previousEventId);
            EventTracing.end(span, failure);
        }
    }

    private static void restore(Object previousEventId) {
        if (previousEventId == null) {
            MDC.remove(EventTracing.EVENT_ID);
        } else {
            MDC.put(EventTracing.EVENT_ID, previousEventId);
        }
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
