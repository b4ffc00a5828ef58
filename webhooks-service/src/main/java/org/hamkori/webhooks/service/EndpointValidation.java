package org.hamkori.webhooks.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hamkori.contract.CloudEventHeaders;
import org.hamkori.kit.domain.Unprocessable;
import org.hamkori.webhooks.AttemptResult;
import org.hamkori.webhooks.SigningSecret;
import org.hamkori.webhooks.WebhookRequest;
import org.hamkori.webhooks.WebhooksConfig;

/**
 * Proves that an URL is a partner's endpoint before anything is delivered to it: a signed
 * {@code org.hamkori.webhooks.Ping.v1} that must be answered 2xx, or else the CloudEvents webhook validation
 * handshake ({@code OPTIONS} with {@code WebHook-Request-Origin}, answered with a matching
 * {@code WebHook-Allowed-Origin}). The same ping tests an endpoint on request.
 */
@ApplicationScoped
public class EndpointValidation {

    public static final String PING_TYPE = "org.hamkori.webhooks.Ping.v1";
    public static final String SOURCE = "/hamkori/webhooks-service";
    /** Who asks in the handshake (the CloudEvents webhook spec's "origin" of the sender). */
    public static final String ORIGIN = "hamkori-webhooks-service";

    @Inject
    PartnerRequests transport;

    @Inject
    WebhooksConfig config;

    /** What a ping came to, as the API shows it. */
    public record PingOutcome(boolean delivered, Integer statusCode, long durationMs, String error, String response) {

        static PingOutcome of(AttemptResult result) {
            return new PingOutcome(result.accepted(), result.statusCode(), result.duration().toMillis(),
                    result.accepted() ? null : result.describe(), result.responseExcerpt());
        }
    }

    /** Refuses the endpoint (422, saying what each check got) unless it accepts a ping or the handshake. */
    public void requireAccepted(UUID endpointId, String url, List<SigningSecret> secrets) {
        PingOutcome ping = ping(endpointId, url, secrets);
        if (ping.delivered()) {
            return;
        }
        String handshake = handshake(url);
        if (handshake == null) {
            return;
        }
        throw new Unprocessable("The endpoint " + url + " was not validated: the signed ping "
                + PING_TYPE + " was answered " + ping.error() + ", and the OPTIONS handshake " + handshake
                + ". It must answer the ping with a 2xx status");
    }

    /** Sends a signed ping now. */
    public PingOutcome ping(UUID endpointId, String url, List<SigningSecret> secrets) {
        Instant now = Instant.now();
        String id = UUID.randomUUID().toString();
        byte[] body = ("{\"endpointId\":\"" + endpointId + "\",\"sentAt\":\"" + now + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> cloudEvent = new LinkedHashMap<>();
        cloudEvent.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        cloudEvent.put(CloudEventHeaders.ID, id);
        cloudEvent.put(CloudEventHeaders.TYPE, PING_TYPE);
        cloudEvent.put(CloudEventHeaders.SOURCE, SOURCE);
        cloudEvent.put(CloudEventHeaders.SUBJECT, endpointId.toString());
        cloudEvent.put(CloudEventHeaders.TIME, now.toString());
        return PingOutcome.of(await(transport.post(url, WebhookRequest.headers(cloudEvent, id, now, body, secrets), body)
                .toCompletableFuture()));
    }

    /** Null when the endpoint allowed us in the handshake, else what it answered. */
    private String handshake(String url) {
        PartnerRequests.Exchange answer = await(transport.options(url, Map.of("WebHook-Request-Origin", ORIGIN,
                "user-agent", WebhookRequest.USER_AGENT)).toCompletableFuture());
        String allowed = answer.headers().get("WebHook-Allowed-Origin");
        if (answer.result().accepted() && allowed != null
                && (allowed.trim().equals("*") || allowed.trim().equals(ORIGIN))) {
            return null;
        }
        return answer.result().statusCode() == null ? "failed: " + answer.result().describe()
                : "was answered " + answer.result().describe() + " without WebHook-Allowed-Origin: " + ORIGIN;
    }

    private <T> T await(java.util.concurrent.CompletableFuture<T> answer) {
        Duration limit = config.delivery().connectTimeout().plus(config.delivery().requestTimeout()).plusSeconds(5);
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the endpoint's validation did not end: " + e.getMessage(), e);
        }
    }
}
