package org.hamkori.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One service's HTTP API as one role sees it. Creates carry an {@code Idempotency-Key}, so that they are safe to
 * send again; state changes are not, and callers send them only after reading that they are still missing.
 * Any answer other than the expected one stops the load with what the service said.
 */
final class Api {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final int ATTEMPTS_ON_TRANSPORT_ERRORS = 3;
    private static final Duration FIRST_PAUSE_WHILE_UNKNOWN = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE_WHILE_UNKNOWN = Duration.ofSeconds(1);

    /** A created resource, and whether it was already there (the key had been used: the first result came back). */
    record Created(JsonNode body, boolean replayed) {

        UUID id() {
            return UUID.fromString(body.path("id").asText());
        }
    }

    private record Answer(int status, JsonNode body, boolean replayed) {
    }

    private final String service;
    private final URI base;
    private final Supplier<String> token;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Activity activity;

    Api(String service, URI base, Supplier<String> token, HttpClient http, ObjectMapper json, Activity activity) {
        this.service = service;
        this.base = base;
        this.token = token;
        this.http = http;
        this.json = json;
        this.activity = activity;
    }

    JsonNode get(String path) {
        Answer answer = send("GET", path, null, null, true);
        return expect(answer, 200, "GET", path).body();
    }

    /** The resource, or empty if there is none (404). */
    Optional<JsonNode> find(String path) {
        Answer answer = send("GET", path, null, null, true);
        return answer.status() == 404 ? Optional.empty() : Optional.of(expect(answer, 200, "GET", path).body());
    }

    Created create(String path, Object body, String key) {
        Answer answer = expect(send("POST", path, body, key, true), 201, "POST", path);
        activity.recordCreate(answer.replayed());
        return new Created(answer.body(), answer.replayed());
    }

    /**
     * A create that depends on what this service has learnt from Kafka (a centre it must know as open): a 409 is
     * retried, with growing pauses, until {@code deadline}.
     */
    Created createOnceKnown(String path, Object body, String key, Instant deadline) {
        Duration pause = FIRST_PAUSE_WHILE_UNKNOWN;
        while (true) {
            Answer answer = send("POST", path, body, key, true);
            if (answer.status() != 409 || Instant.now().isAfter(deadline)) {
                expect(answer, 201, "POST", path);
                activity.recordCreate(answer.replayed());
                return new Created(answer.body(), answer.replayed());
            }
            pause(pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE_WHILE_UNKNOWN) > 0 ? LONGEST_PAUSE_WHILE_UNKNOWN
                    : pause.multipliedBy(2);
        }
    }

    /** A state change (a transition): sent once, never retried, since a second one would be refused. */
    JsonNode change(String path, Object body) {
        Answer answer = expect(send("POST", path, body, null, false), 200, "POST", path);
        activity.recordChange();
        return answer.body();
    }

    private Answer send(String method, String path, Object body, String key, boolean safeToRepeat) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token.get()).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        if (key != null) {
            request.header(IDEMPOTENCY_KEY, key);
        }
        HttpRequest built = request.build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), read(response.body()),
                        response.headers().firstValue(REPLAYED).map("true"::equalsIgnoreCase).orElse(false));
            } catch (IOException e) {
                if (!safeToRepeat || attempt >= ATTEMPTS_ON_TRANSPORT_ERRORS) {
                    throw new LoadFailure(service + " at " + base + " did not answer " + method + " " + path + ": " + e,
                            e);
                }
                pause(Duration.ofMillis(200L * attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadFailure("interrupted while waiting for " + service, e);
            }
        }
    }

    private Answer expect(Answer answer, int status, String method, String path) {
        if (answer.status() != status) {
            throw new LoadFailure(service + " answered " + answer.status() + " to " + method + " " + path + ": "
                    + problem(answer.body()));
        }
        return answer;
    }

    /** What a problem+json says, briefly: its detail (or title) and the fields it names. */
    private static String problem(JsonNode body) {
        if (body == null || body.isMissingNode()) {
            return "(no body)";
        }
        String said = body.path("detail").asText(body.path("title").asText(body.toString()));
        JsonNode errors = body.path("errors");
        return errors.isArray() && !errors.isEmpty() ? said + " " + errors : said;
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body, e);
        }
    }

    private JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return json.missingNode();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }

    static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted", e);
        }
    }
}
