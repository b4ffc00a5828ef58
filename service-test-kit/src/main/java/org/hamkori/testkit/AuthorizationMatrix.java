package org.hamkori.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Who may do what, as one table per service (SPEC §2), walked for every operation with every role, with a
 * token that carries no role and with no token at all. A row is an operation and one access per column:
 *
 * <pre>
 * //  operation                               admin     coordinator trainer analyst  partner anonymous
 * "GET  /groups/{group}/members            |  yes       yes         no      redacted no      no",
 * "POST /sessions/{session}/attendance-sheet text/csv | yes no yes no no no",
 * </pre>
 *
 * {@code yes}: allowed (a read answers 200, a write anything but 401/403: it is sent an empty body, so it is
 * refused as invalid once it got past authorization); {@code no}: 403 for a role, 401 without a token;
 * {@code redacted}: allowed without the personal fields, which a role that reads them does receive for the
 * same operation. {@code {name}} in a path is replaced by the id of a fixture the test created.
 */
public final class AuthorizationMatrix {

    /** The columns, in order: the five roles, then a request without a token. */
    public static final List<String> COLUMNS = List.of("admin", "coordinator", "trainer", "analyst", "partner", "anonymous");

    public enum Access { YES, NO, REDACTED }

    public record Operation(String method, String path, String contentType, Map<String, Access> access) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<Operation> operations;
    private final Pattern personalFields;

    private AuthorizationMatrix(List<Operation> operations, List<String> personalFields) {
        this.operations = operations;
        this.personalFields = Pattern.compile("\"(" + String.join("|", personalFields) + ")\"\\s*:\\s*(?!null)[\\[\"0-9]");
    }

    /** The table; {@code personalFields} are the JSON fields a {@code redacted} answer must not carry. */
    public static AuthorizationMatrix of(List<String> personalFields, String... rows) {
        List<Operation> operations = new ArrayList<>();
        for (String row : rows) {
            String[] halves = row.split("\\|");
            String[] operation = halves[0].trim().split("\\s+");
            String[] cells = halves[1].trim().split("\\s+");
            if (halves.length != 2 || operation.length < 2 || cells.length != COLUMNS.size()) {
                throw new IllegalArgumentException("a row is 'METHOD /path [content-type] | " + String.join(" ", COLUMNS)
                        + "': " + row);
            }
            Map<String, Access> access = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                access.put(COLUMNS.get(i), Access.valueOf(cells[i].toUpperCase()));
            }
            operations.add(new Operation(operation[0], operation[1], operation.length > 2 ? operation[2] : "application/json",
                    access));
        }
        return new AuthorizationMatrix(operations, personalFields);
    }

    public List<Operation> operations() {
        return operations;
    }

    /**
     * Fails naming every operation the service documents in its OpenAPI document that the table leaves out, so that
     * a new endpoint cannot escape the matrix. Paths are compared without their parameters' names.
     */
    private void coversEveryDocumentedOperation() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/q/openapi?format=json")).timeout(Duration.ofSeconds(30)).build();
        JsonNode paths;
        try {
            paths = new ObjectMapper().readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body())
                    .path("paths");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the service's OpenAPI document", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Set<String> named = new TreeSet<>();
        operations.forEach(o -> named.add(o.method() + " " + withoutParameterNames(o.path())));
        Set<String> documented = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (HTTP_METHODS.contains(method)) {
                documented.add(method.toUpperCase() + " " + withoutParameterNames(path.getKey()));
            }
        }));
        assertTrue(documented.size() >= operations.size() / 2, "the OpenAPI document lists the operations: " + documented);
        documented.removeAll(named);
        assertEquals(Set.of(), documented, "documented operations missing from the authorization matrix");
    }

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");

    private static String withoutParameterNames(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    /** Number of checks a walk makes: every operation with every column and with a token without roles. */
    public int size() {
        return operations.size() * (COLUMNS.size() + 1);
    }

    /**
     * Checks that the table names every documented operation, then sends every operation as every column and as a
     * token without roles; fails listing every mismatch.
     */
    public void walk(Map<String, String> fixtures) {
        coversEveryDocumentedOperation();
        List<String> mismatches = new ArrayList<>();
        for (Operation operation : operations) {
            String path = operation.path();
            for (Map.Entry<String, String> fixture : fixtures.entrySet()) {
                path = path.replace("{" + fixture.getKey() + "}", fixture.getValue());
            }
            assertTrue(!path.contains("{"), "no fixture for " + path);
            boolean readsPersonalData = false;
            boolean redactedSomewhere = operation.access().containsValue(Access.REDACTED);
            for (String column : COLUMNS) {
                Access expected = operation.access().get(column);
                String token = column.equals("anonymous") ? null : DevTokens.token(column);
                Answer answer = send(operation, path, token);
                String problem = check(expected, answer, column.equals("anonymous"), isRead(operation));
                if (problem != null) {
                    mismatches.add(operation + " as " + column + ": " + problem);
                }
                if (expected == Access.YES && answer.status() == 200 && personalFields.matcher(answer.body()).find()) {
                    readsPersonalData = true;
                }
            }
            if (redactedSomewhere && !readsPersonalData) {
                mismatches.add(operation + ": no role that reads it in full received a personal field, so the redaction"
                        + " proves nothing (give the fixture personal data)");
            }
            boolean isPublic = operation.access().get("anonymous") == Access.YES;
            Answer withoutRoles = send(operation, path, DevTokens.token());
            String problem = check(isPublic ? Access.YES : Access.NO, withoutRoles, false, isRead(operation));
            if (problem != null) {
                mismatches.add(operation + " with a token without roles: " + problem);
            }
        }
        assertEquals(List.of(), mismatches, "authorization matrix");
    }

    private static boolean isRead(Operation operation) {
        return operation.method().equals("GET");
    }

    private String check(Access expected, Answer answer, boolean anonymous, boolean read) {
        int status = answer.status();
        if (status >= 500) {
            return "answered " + status;
        }
        return switch (expected) {
            case NO -> status == (anonymous ? 401 : 403) ? null : "expected " + (anonymous ? 401 : 403) + ", got " + status;
            case YES -> read ? (status == 200 ? null : "expected 200, got " + status)
                    : (status == 401 || status == 403 ? "expected to get past authorization, got " + status : null);
            case REDACTED -> status != 200 ? "expected 200, got " + status
                    : personalFields.matcher(answer.body()).find() ? "received personal fields: " + answer.body() : null;
        };
    }

    private record Answer(int status, String body) {
    }

    private static Answer send(Operation operation, String path, String token) {
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (isRead(operation)) {
            request.GET();
        } else {
            String body = operation.contentType().equals("application/json") ? "{}" : "";
            request.header("Content-Type", operation.contentType())
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            // a stream (the event feed) answers with its headers and then never ends: read a bounded prefix
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                boolean stream = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
                String body = stream ? "" : new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), body);
            }
        } catch (IOException e) {
            fail(operation + ": " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
