package org.hamkori.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.hamkori.systemtests.OtlpReceiver.ReceivedSpan;
import org.hamkori.testkit.Eventually;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One trace follows a write across the suite: the request to centers-service, the relay's publication of its event
 * (ce_traceparent), and each consumer's work on it, up to reporting-service's projection. The spans are the ones the
 * services export over OTLP to {@link OtlpReceiver}; the trace id is the one the request itself asked for.
 */
class TraceAcrossServicesIT {

    @BeforeAll
    static void startSuite() {
        Suite.ensureRunning();
    }

    @Test
    void aCenterRegisteredInCentersServiceIsProjectedInReportingServiceWithinTheRequestsTrace() {
        String traceId = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        String parentSpanId = HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
        String center = Programme.as("coordinator", Suite.Service.CENTERS)
                .header("traceparent", "00-" + traceId + "-" + parentSpanId + "-01")
                .body(Map.of("code", "TRC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                        "name", "Traced centre", "districtCode", "KHATLON.FARKHOR", "constructionType", "NEW_BUILD",
                        "workplaces", 3))
                .post("/centers").then().statusCode(201).extract().path("id");

        // each service exports its spans in its own batches, so they arrive in no particular order
        List<ReceivedSpan> trace = Eventually.value("the request, its event and reporting-service's projection of "
                + center + " in trace " + traceId, Duration.ofSeconds(90), () -> Suite.TRACES.trace(traceId),
                spans -> spans.stream().anyMatch(span -> consumed(span, "reporting-service", center))
                        && spans.stream().anyMatch(span -> span.service().equals("centers-service")
                                && span.kind() == SpanKind.SPAN_KIND_SERVER)
                        && spans.stream().anyMatch(span -> span.service().equals("centers-service")
                                && span.kind() == SpanKind.SPAN_KIND_PRODUCER));

        ReceivedSpan request = only(trace, span -> span.service().equals("centers-service")
                && span.kind() == SpanKind.SPAN_KIND_SERVER);
        assertEquals(parentSpanId, request.parentSpanId(), "the request continues the caller's trace");
        assertEquals("POST", request.attributes().get("http.request.method"));
        ReceivedSpan published = only(trace, span -> span.service().equals("centers-service")
                && span.kind() == SpanKind.SPAN_KIND_PRODUCER);
        assertEquals("centers.events", published.attributes().get("messaging.destination.name"));
        ReceivedSpan projected = only(trace, span -> consumed(span, "reporting-service", center));
        assertEquals(published.spanId(), projected.parentSpanId(), "the projection continues the published event");
        assertEquals(published.attributes().get("cloudevents.event_id"),
                projected.attributes().get("cloudevents.event_id"));
        assertEquals("centers.events process", projected.name());
        for (String replica : List.of("groups-service", "training-service")) {
            Eventually.until(replica + "'s centre replica continues the trace", Duration.ofSeconds(60),
                    () -> Suite.TRACES.trace(traceId).stream().anyMatch(span -> consumed(span, replica, center)));
        }
    }

    private static boolean consumed(ReceivedSpan span, String service, String center) {
        return span.service().equals(service) && span.kind() == SpanKind.SPAN_KIND_CONSUMER
                && center.equals(span.attributes().get("cloudevents.event_subject"));
    }

    private static ReceivedSpan only(List<ReceivedSpan> spans, Predicate<ReceivedSpan> which) {
        List<ReceivedSpan> found = spans.stream().filter(which).toList();
        assertEquals(1, found.size(), "exactly one such span in " + spans);
        return found.get(0);
    }
}
