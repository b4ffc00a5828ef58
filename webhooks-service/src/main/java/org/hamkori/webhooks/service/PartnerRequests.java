package org.hamkori.webhooks.service;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.hamkori.webhooks.AttemptResult;

/**
 * The requests the use cases send to partners' endpoints, stated here so that they depend on no adapter:
 * {@code messaging/WebhookTransport} sends them (and keeps them to public addresses).
 */
public interface PartnerRequests {

    /** The answer of an exchange: the attempt as the delivery log keeps it, and the answer's headers. */
    record Exchange(AttemptResult result, Map<String, String> headers) {
    }

    /** POSTs {@code body} with {@code headers}; completes with the attempt, never exceptionally. */
    CompletionStage<AttemptResult> post(String url, Map<String, String> headers, byte[] body);

    /** The CloudEvents webhook validation handshake: an OPTIONS request that the endpoint answers with its headers. */
    CompletionStage<Exchange> options(String url, Map<String, String> headers);
}
