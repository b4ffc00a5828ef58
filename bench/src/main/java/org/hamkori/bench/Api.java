package org.hamkori.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hamkori.scenario.DemoSignIn;

/**
 * The services' APIs on 127.0.0.1 as the demo users of the local Keycloak, for the probes that prepare data or time
 * single requests. Tokens are signed in again before they expire (they live 5 minutes), so a probe may run longer.
 */
final class Api {

    static final String CENTERS = "http://127.0.0.1:8081";
    static final String GROUPS = "http://127.0.0.1:8082";
    static final String TRAINING = "http://127.0.0.1:8083";
    static final String REPORTING = "http://127.0.0.1:8084";
    static final String WEBHOOKS = "http://127.0.0.1:8085";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(300);
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** One answer: its status, body, and ETag (null when none). */
    record Answer(int status, String body, String etag, String location) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("an answer that is not JSON: " + body, e);
            }
        }

        Answer expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + " answered " + status + " (expected " + expected + "): " + body);
            }
            return this;
        }
    }

    String token(String role) {
        return tokens.compute(role, (r, held) -> held != null
                && DemoSignIn.expiresAt(held).isAfter(Instant.now().plus(RENEW_BEFORE_EXPIRY)) ? held
                : DemoSignIn.token(r));
    }

    Answer get(String role, String url) {
        return send(role, HttpRequest.newBuilder(URI.create(url)).GET(), null);
    }

    Answer post(String role, String url, Object body) {
        return json(role, url, "POST", body, null);
    }

    Answer json(String role, String url, String method, Object body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(write(body)));
        return send(role, request, ifMatch);
    }

    Answer delete(String role, String url, String ifMatch) {
        return send(role, HttpRequest.newBuilder(URI.create(url)).DELETE(), ifMatch);
    }

    Answer send(String role, HttpRequest.Builder request, String ifMatch) {
        request.header("Authorization", "Bearer " + token(role)).header("Accept", "application/json").timeout(TIMEOUT);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(answer.statusCode(), answer.body(), answer.headers().firstValue("ETag").orElse(null),
                    answer.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException("no answer from " + request.build().uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String write(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
