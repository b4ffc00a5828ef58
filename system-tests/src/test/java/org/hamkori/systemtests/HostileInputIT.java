package org.hamkori.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of every service's OpenAPI document, sent valid requests on real resources made
 * hostile in one thing at a time (see {@link HostileRequests}). No answer may be a 5xx, and a refused
 * request (4xx) may change nothing: the resources its path names and the lists it would add to read
 * the same (ETag, or body) before and after; an unchanged version also means no event was published.
 */
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<Suite.Service> SERVICES = List.of(Suite.Service.CENTERS, Suite.Service.GROUPS,
            Suite.Service.TRAINING, Suite.Service.REPORTING, Suite.Service.WEBHOOKS);
    /** admin may call every operation. */
    private static final String ROLE = "admin";

    private static final AtomicInteger SENT = new AtomicInteger();
    private static final Map<Integer, Integer> BY_STATUS = new TreeMap<>();
    private static long startedAt;
    private static ValidValues valid;

    @BeforeAll
    static void createRealResources() {
        Suite.ensureRunning();
        startedAt = System.nanoTime();
        valid = new ValidValues(RealResources.create(HTTP, tokenFor(ROLE)));
    }

    @AfterAll
    static void report() {
        System.out.printf("HostileInputIT: %d hostile requests in %d s; answers by status %s%n", SENT.get(),
                Duration.ofNanos(System.nanoTime() - startedAt).toSeconds(), BY_STATUS);
    }

    @TestFactory
    Stream<DynamicTest> noHostileInputIsAServerErrorAndARefusedOneChangesNothing() {
        return SERVICES.stream().flatMap(service -> {
            List<ApiOperation> operations = ApiOperation.readFrom(service.directory, service.url(), HTTP);
            return operations.stream().filter(ApiOperation::takesInput)
                    .map(operation -> DynamicTest.dynamicTest(operation.name(), () -> attack(operation, operations)));
        });
    }

    private void attack(ApiOperation operation, List<ApiOperation> siblings) {
        List<String> failures = new ArrayList<>();
        List<String> watched = operation.writes() ? watchedPaths(operation, siblings) : List.of();
        List<String> before = watched.stream().map(HostileInputIT::state).toList();
        for (HostileRequests.Attempt attempt : HostileRequests.of(operation, valid)) {
            Answer answer = send(operation, attempt);
            if (answer.status() >= 500) {
                failures.add(attempt.description() + " → " + answer.status() + " " + abbreviated(answer.body()));
            }
            if (!watched.isEmpty()) {
                List<String> after = watched.stream().map(HostileInputIT::state).toList();
                if (answer.status() >= 400 && answer.status() < 500 && !after.equals(before)) {
                    failures.add(attempt.description() + " was refused with " + answer.status() + " but changed "
                            + watched + ": " + before + " → " + after);
                }
                before = after;
            }
        }
        assertTrue(failures.isEmpty(), operation.name() + ":\n" + failures.stream().limit(20)
                .collect(Collectors.joining("\n")));
    }

    private static Answer send(ApiOperation operation, HostileRequests.Attempt attempt) {
        String uri = operation.baseUrl() + concretePath(operation.path(), attempt.pathValues())
                + attempt.query().entrySet().stream().map(q -> encode(q.getKey()) + "=" + encode(q.getValue()))
                .collect(Collectors.joining("&", attempt.query().isEmpty() ? "" : "?", ""));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokenFor(ROLE))
                .method(operation.method(), attempt.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(attempt.body()));
        if (attempt.contentType() != null) {
            request.header("Content-Type", attempt.contentType());
        }
        SENT.incrementAndGet();
        Answer answer = exchange(request.build());
        synchronized (BY_STATUS) {
            BY_STATUS.merge(answer.status(), 1, Integer::sum);
        }
        return answer;
    }

    /**
     * The readable resources above the operation: for {@code POST /groups/{groupId}/members} the group,
     * its members list and the groups list; the same segments as the operation's own path.
     */
    private static List<String> watchedPaths(ApiOperation operation, List<ApiOperation> siblings) {
        Map<String, String> pathValues = new TreeMap<>();
        operation.pathParameters().forEach(name -> pathValues.put(name, valid.pathValue(operation.path(), name)));
        String[] concrete = concretePath(operation.path(), pathValues).split("/");
        String[] shape = shape(operation.path());
        return siblings.stream().filter(read -> read.method().equals("GET"))
                .map(read -> shape(read.path()))
                .filter(readShape -> readShape.length <= shape.length
                        && Arrays.equals(readShape, Arrays.copyOf(shape, readShape.length)))
                .map(readShape -> String.join("/", Arrays.copyOf(concrete, readShape.length)))
                .distinct().map(path -> operation.baseUrl() + path).toList();
    }

    /** What a refused request must not change: status and ETag, and the list's size or the body. */
    private static String state(String url) {
        Answer answer = exchange(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokenFor(ROLE)).header("Accept", "application/json").GET().build());
        if (answer.etag() != null) {
            return answer.status() + " " + answer.etag();
        }
        try {
            JsonNode body = JSON.readTree(answer.body());
            return answer.status() + " " + (body.has("totalItems") ? "totalItems=" + body.get("totalItems") : body);
        } catch (IOException e) {
            return answer.status() + " " + answer.body();
        }
    }

    private static Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("ETag").orElse(null), response.body());
        } catch (IOException e) {
            return new Answer(599, null, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String concretePath(String template, Map<String, String> values) {
        return Arrays.stream(template.split("/", -1)).map(segment -> segment.startsWith("{")
                        ? encode(Objects.requireNonNull(values.get(segment.substring(1, segment.length() - 1)), segment))
                        : segment)
                .collect(Collectors.joining("/"));
    }

    /** A path's segments with every parameter the same, so that /groups/{id} is above /groups/{groupId}/members. */
    private static String[] shape(String template) {
        return Arrays.stream(template.split("/", -1)).map(segment -> segment.startsWith("{") ? "{}" : segment)
                .toArray(String[]::new);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** The one place this test makes a token, so that how test tokens are made can change in one place. */
    private static String tokenFor(String role) {
        return SignIn.token(role);
    }

    private record Answer(int status, String etag, String body) {
    }
}
