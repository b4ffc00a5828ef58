package org.hamkori.webhooks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headers of a delivery: CloudEvents HTTP binary mode (each {@code ce_} header of the Kafka record as
 * {@code ce-}, the body being the payload's bytes as on Kafka) and Standard Webhooks ({@code webhook-id} = the
 * event's {@code ce_id}, the same on every retry; {@code webhook-timestamp} and {@code webhook-signature} of this
 * attempt). The trace context stays inside the programme: {@code ce_traceparent} is not sent.
 */
public final class WebhookRequest {

    public static final String CONTENT_TYPE = "application/json";
    public static final String USER_AGENT = "Hamkori-Webhooks/1";
    private static final String KAFKA_PREFIX = "ce_";
    private static final String INTERNAL_TRACE = "ce_traceparent";

    private WebhookRequest() {
    }

    /** {@code cloudEventHeaders}: the record's {@code ce_*} headers as received. */
    public static Map<String, String> headers(Map<String, String> cloudEventHeaders, String webhookId, Instant now,
            byte[] body, List<SigningSecret> secrets) {
        Map<String, String> headers = new LinkedHashMap<>();
        cloudEventHeaders.forEach((name, value) -> {
            if (name.startsWith(KAFKA_PREFIX) && !name.equals(INTERNAL_TRACE)) {
                headers.put("ce-" + name.substring(KAFKA_PREFIX.length()), value);
            }
        });
        headers.put("content-type", CONTENT_TYPE);
        headers.put("user-agent", USER_AGENT);
        long timestamp = now.getEpochSecond();
        headers.put("webhook-id", webhookId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.header(webhookId, timestamp, body, secrets));
        return headers;
    }
}
