package org.hamkori.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

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
 *
 * <p>A row may end with a seventh cell, the <b>scoped</b> column (SPEC §2): a user of a region-scoped role whose
 * token's {@code regions} claim names some regions, walked by {@link #walkScoped}. {@code region}: an operation on a
 * record (its path names one) is allowed in those regions and a 403 naming the record's region elsewhere; a list holds
 * only those regions' records; a create is allowed in them and a 403 elsewhere. {@code yes} and {@code no} as above.
 * {@link #walkWritesAudited} sends every write with a valid body and fails for any that leaves no audit entry.
 */
public final class AuthorizationMatrix {

    /** The columns, in order: the five roles, then a request without a token. */
    public static final List<String> COLUMNS = List.of("admin", "coordinator", "trainer", "analyst", "partner", "anonymous");

    public enum Access { YES, NO, REDACTED }

    /** The cells of the scoped column. */
    public enum ScopedAccess { YES, NO, REGION }

    /** The scoped column's caller: a role, limited by its token's {@code regions} claim. */
    public record ScopedCaller(String role, List<String> regions) {

        public String token() {
            String name = role + "-" + String.join("-", regions).toLowerCase();
            return DevTokens.tokenFor(name, Map.of("preferred_username", name, "regions", regions), role);
        }
    }

    /**
     * A valid request per write operation ({@code "POST /centers/{center}/opening"}): given the fixtures it will be
     * sent with, the body (an object written as JSON, or the text itself); the function may prepare the fixtures
     * first (e.g. resolve the issue that the operation reopens).
     */
    public static final class WriteRequests {
        private final Map<String, Function<Map<String, String>, Object>> bodies = new LinkedHashMap<>();
        private final Map<String, String> notAudited = new LinkedHashMap<>();

        public WriteRequests with(String operation, Function<Map<String, String>, Object> body) {
            bodies.put(normalised(operation), body);
            return this;
        }

        /** A write that changes no record of the programme, and why (the audit walk skips it). */
        public WriteRequests notAudited(String operation, String reason) {
            notAudited.put(normalised(operation), reason);
            return this;
        }

        Function<Map<String, String>, Object> body(Operation operation) {
            return bodies.get(normalised(operation.toString()));
        }

        boolean audited(Operation operation) {
            return !notAudited.containsKey(normalised(operation.toString()));
        }

        private static String normalised(String operation) {
            return operation.trim().replaceAll("\\s+", " ");
        }
    }

    public record Operation(String method, String path, String contentType, Map<String, Access> access) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<Operation> operations;
    private final Map<Operation, ScopedAccess> scoped;
    private final Pattern personalFields;

    private AuthorizationMatrix(List<Operation> operations, Map<Operation, ScopedAccess> scoped,
            Pattern personalFields) {
        this.operations = operations;
        this.scoped = scoped;
        this.personalFields = personalFields;
    }

    /** The table; {@code personalFields} are the JSON fields a {@code redacted} answer must not carry. */
    public static AuthorizationMatrix of(List<String> personalFields, String... rows) {
        List<Operation> operations = new ArrayList<>();
        Map<Operation, ScopedAccess> scoped = new LinkedHashMap<>();
        for (String row : rows) {
            String[] halves = row.split("\\|");
            String[] operation = halves[0].trim().split("\\s+");
            String[] cells = halves[1].trim().split("\\s+");
            if (halves.length != 2 || operation.length < 2
                    || (cells.length != COLUMNS.size() && cells.length != COLUMNS.size() + 1)) {
                throw new IllegalArgumentException("a row is 'METHOD /path [content-type] | " + String.join(" ", COLUMNS)
                        + " [scoped]': " + row);
            }
            Map<String, Access> access = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                access.put(COLUMNS.get(i), Access.valueOf(cells[i].toUpperCase()));
            }
            Operation parsed = new Operation(operation[0], operation[1],
                    operation.length > 2 ? operation[2] : "application/json", access);
            operations.add(parsed);
            if (cells.length > COLUMNS.size()) {
                scoped.put(parsed, ScopedAccess.valueOf(cells[COLUMNS.size()].toUpperCase()));
            }
        }
        return new AuthorizationMatrix(operations, scoped, Pattern.compile("\"(" + String.join("|", personalFields)
                + ")\"\\s*:\\s*(?!null)[\\[\"0-9]"));
    }

    /** Which of the kit's administration operations a service serves: a consumer of events has dead letters too. */
    public enum KitOperations { WITHOUT_DEAD_LETTERS, WITH_DEAD_LETTERS }

    /**
     * This table and the operations the kit serves alike in every service, with the access SPEC §2 gives them: the
     * audit trail, parked outbox events, the status (and the dead letters and their re-drive) for admin alone, the
     * reference data for everyone, in the scoped column too when this table has one.
     */
    public AuthorizationMatrix withKitOperations(KitOperations served) {
        boolean hasScopedColumn = !scoped.isEmpty();
        String adminOnly = " | yes no no no no no" + (hasScopedColumn ? " no" : "");
        String everyone = " | yes yes yes yes yes yes" + (hasScopedColumn ? " yes" : "");
        List<String> rows = new ArrayList<>(List.of("GET /admin/audit" + adminOnly,
                "GET /admin/outbox/parked" + adminOnly, "GET /admin/status" + adminOnly));
        if (served == KitOperations.WITH_DEAD_LETTERS) {
            rows.addAll(List.of("GET /admin/dead-letters" + adminOnly,
                    "POST /admin/dead-letters/{deadLetter}/redrive" + adminOnly));
        }
        rows.addAll(List.of("GET /reference/regions" + everyone, "GET /reference/districts" + everyone));
        AuthorizationMatrix kit = of(List.of(), rows.toArray(String[]::new));
        List<Operation> allOperations = new ArrayList<>(operations);
        allOperations.addAll(kit.operations);
        Map<Operation, ScopedAccess> allScoped = new LinkedHashMap<>(scoped);
        allScoped.putAll(kit.scoped);
        return new AuthorizationMatrix(allOperations, allScoped, personalFields);
    }

    public List<Operation> operations() {
        return operations;
    }

    /**
     * Fails naming every operation the service documents in its OpenAPI document that the table leaves out, so that
     * a new endpoint cannot escape the matrix. Paths are compared without their parameters' names.
     */
    private void coversEveryDocumentedOperation() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrl() + "/q/openapi?format=json")).timeout(Duration.ofSeconds(30)).build();
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

    /**
     * Walks the scoped column: every operation as {@code caller}, on records in its regions ({@code inRegion}) and
     * elsewhere ({@code outOfRegion}, whose {@code region} entry names their region); fails listing every mismatch,
     * and for any operation whose row has no scoped cell.
     */
    public void walkScoped(ScopedCaller caller, Map<String, String> inRegion, Map<String, String> outOfRegion,
            WriteRequests requests) {
        String token = caller.token();
        String elsewhere = outOfRegion.get("region");
        assertTrue(elsewhere != null && !caller.regions().contains(elsewhere),
                "outOfRegion names its region, one outside the caller's: " + outOfRegion);
        List<String> mismatches = new ArrayList<>();
        for (Operation operation : operations) {
            ScopedAccess expected = scoped.get(operation);
            if (expected == null) {
                mismatches.add(operation + ": no scoped cell");
                continue;
            }
            boolean onRecord = operation.path().contains("{");
            switch (expected) {
                case YES, NO -> {
                    Answer answer = send(operation, resolve(operation, inRegion), token,
                            bodyFor(operation, requests, inRegion), null);
                    String problem = check(expected == ScopedAccess.YES ? Access.YES : Access.NO, answer, false,
                            isRead(operation));
                    if (problem != null) {
                        mismatches.add(operation + " as " + caller + ": " + problem);
                    }
                }
                case REGION -> {
                    if (isRead(operation) && !onRecord) {
                        String problem = onlyRegions(send(operation, operation.path(), token, null, null),
                                caller.regions());
                        if (problem != null) {
                            mismatches.add(operation + " as " + caller + ": " + problem);
                        }
                        continue;
                    }
                    if (!isRead(operation) && requests.body(operation) == null) {
                        mismatches.add(operation + ": no valid request to send in and out of the caller's regions");
                        continue;
                    }
                    Answer outside = send(operation, resolve(operation, outOfRegion), token,
                            bodyFor(operation, requests, outOfRegion), null);
                    if (outside.status() != 403 || !outside.body().contains(elsewhere)) {
                        mismatches.add(operation + " as " + caller + " in " + elsewhere
                                + ": expected a 403 naming the region, got " + outside.status() + " " + outside.body());
                    }
                    Answer inside = send(operation, resolve(operation, inRegion), token,
                            bodyFor(operation, requests, inRegion), null);
                    String problem = check(Access.YES, inside, false, isRead(operation));
                    if (problem != null) {
                        mismatches.add(operation + " as " + caller + " in its regions: " + problem);
                    }
                }
            }
        }
        assertEquals(List.of(), mismatches, "scoped column of the authorization matrix");
    }

    /**
     * Sends every write operation as {@code role} with a valid request, on fixtures made afresh for it, and fails for
     * any that does not succeed or leaves other than exactly one audit entry (read back from {@code GET /admin/audit}
     * by the request's {@code X-Request-Id}), and for any write without a valid request that is not declared
     * {@link WriteRequests#notAudited}.
     */
    public void walkWritesAudited(String role, Supplier<Map<String, String>> freshFixtures, WriteRequests requests) {
        List<String> mismatches = new ArrayList<>();
        for (Operation operation : operations) {
            if (isRead(operation) || !requests.audited(operation)) {
                continue;
            }
            if (requests.body(operation) == null) {
                mismatches.add(operation + ": no valid request to prove that it leaves an audit entry");
                continue;
            }
            Map<String, String> fixtures = freshFixtures.get();
            String requestId = "audit-walk-" + UUID.randomUUID();
            Answer answer = send(operation, resolve(operation, fixtures), DevTokens.token(role),
                    bodyFor(operation, requests, fixtures), requestId);
            if (answer.status() < 200 || answer.status() > 299) {
                mismatches.add(operation + ": the valid request failed, " + answer.status() + " " + answer.body());
                continue;
            }
            Answer audit = send(new Operation("GET", "/admin/audit", "application/json", Map.of()),
                    "/admin/audit?requestId=" + requestId, DevTokens.token("admin"), null, null);
            long entries = readTree(audit.body()).path("totalItems").asLong(-1);
            if (entries != 1) {
                mismatches.add(operation + ": left " + entries + " audit entries, not one (" + audit.body() + ")");
            }
        }
        assertEquals(List.of(), mismatches, "writes that leave no audit entry");
    }

    private static String onlyRegions(Answer answer, List<String> regions) {
        if (answer.status() != 200) {
            return "expected 200, got " + answer.status();
        }
        JsonNode items = readTree(answer.body()).path("items");
        if (!items.isArray()) {
            return "not a list: " + answer.body();
        }
        for (JsonNode item : items) {
            String region = item.path("regionCode").asText(null);
            if (region == null || !regions.contains(region)) {
                return "lists a record of region " + region + ": " + item;
            }
        }
        return null;
    }

    private static String resolve(Operation operation, Map<String, String> fixtures) {
        String path = operation.path();
        for (Map.Entry<String, String> fixture : fixtures.entrySet()) {
            path = path.replace("{" + fixture.getKey() + "}", fixture.getValue());
        }
        assertTrue(!path.contains("{"), "no fixture for " + path);
        return path;
    }

    private static String bodyFor(Operation operation, WriteRequests requests, Map<String, String> fixtures) {
        Function<Map<String, String>, Object> body = isRead(operation) ? null : requests.body(operation);
        if (body == null) {
            return null;
        }
        Object value = body.apply(fixtures);
        try {
            return value instanceof String text ? text : JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readTree(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * The service under test, from its own configuration rather than RestAssured's static fields: those belong to
     * whichever class loader loaded RestAssured, and a matrix read through another one saw port -1.
     */
    private static String serviceUrl() {
        return "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }

    private static Answer send(Operation operation, String path, String token) {
        return send(operation, path, token, null, null);
    }

    /** {@code body}: null for the empty body of the operation's content type. */
    private static Answer send(Operation operation, String path, String token, String validBody, String requestId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(serviceUrl() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        if (isRead(operation)) {
            request.GET();
        } else {
            String body = validBody != null ? validBody
                    : operation.contentType().equals("application/json") ? "{}" : "";
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
