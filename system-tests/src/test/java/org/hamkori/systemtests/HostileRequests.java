package org.hamkori.systemtests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hostile variants of one valid request: each differs from it in one thing only — one path value,
 * one query value, one body field, or the body as a whole (truncated, not JSON, wrong media type).
 */
final class HostileRequests {

    /** One request: what was made hostile, and the request itself. */
    record Attempt(String description, Map<String, String> pathValues, Map<String, String> query, String contentType,
            byte[] body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LONG_TEXT = "x".repeat(100_000);

    /** Values no path or query parameter accepts, or that test its bounds. */
    static final List<String> HOSTILE_PARAMETERS = List.of("\u0000", "A\u0000B", "\u0007\u001b[31m", "line\nbreak",
            "-1", "99999999999999999999", "42949673", "+9999999-12-31", "0001-01-01", "2021-02-30", "x".repeat(1_000),
            "x".repeat(10_000), "İ".repeat(200), "../../etc", "'; DROP TABLE x; --", " ");

    /** Values put in place of one body field: control characters, far numbers and dates, wrong types. */
    static List<Map.Entry<String, JsonNode>> hostileFieldValues(JsonNode valid) {
        List<Map.Entry<String, JsonNode>> values = new ArrayList<>(List.of(
                Map.entry("NUL", NODES.textNode("A\u0000B")),
                Map.entry("control characters", NODES.textNode("\u0007\u001b[31m\u007f")),
                Map.entry("unpaired surrogate", NODES.textNode("a\ud800b")),
                Map.entry("100 kB string", NODES.textNode(LONG_TEXT)),
                Map.entry("name growing when lower-cased", NODES.textNode("İ".repeat(200))),
                Map.entry("-1", NODES.numberNode(-1)),
                Map.entry("huge integer", NODES.numberNode(new BigInteger("1" + "0".repeat(30)))),
                Map.entry("below int range", NODES.numberNode(-2_147_483_649L)),
                Map.entry("1E+400", NODES.numberNode(new BigDecimal("1E+400"))),
                Map.entry("fraction", NODES.numberNode(new BigDecimal("0.000000001"))),
                Map.entry("far future date", NODES.textNode("+9999999-12-31")),
                Map.entry("year 1", NODES.textNode("0001-01-01")),
                Map.entry("impossible date", NODES.textNode("2021-02-30")),
                Map.entry("boolean", NODES.booleanNode(true)),
                Map.entry("null", NODES.nullNode()),
                Map.entry("empty object", NODES.objectNode()),
                Map.entry("empty array", NODES.arrayNode())));
        if (valid.isTextual()) {
            values.add(Map.entry("number instead of text", NODES.numberNode(12)));
        }
        return values;
    }

    private HostileRequests() {
    }

    static List<Attempt> of(ApiOperation operation, ValidValues valid) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        operation.pathParameters().forEach(name -> pathValues.put(name, valid.pathValue(operation.path(), name)));
        List<Attempt> attempts = new ArrayList<>();

        String bodyText = null;
        JsonNode body = null;
        if ("text/csv".equals(operation.bodyMediaType())) {
            bodyText = valid.attendanceSheet();
        } else if (operation.bodyMediaType() != null) {
            body = valid.body(operation.bodySchema());
            bodyText = write(body);
        }
        byte[] validBody = bodyText == null ? null : bytes(bodyText);

        for (String name : operation.pathParameters()) {
            for (String value : HOSTILE_PARAMETERS) {
                Map<String, String> hostile = new LinkedHashMap<>(pathValues);
                hostile.put(name, value);
                attempts.add(new Attempt("path " + name + "=" + shown(value), hostile, Map.of(),
                        operation.bodyMediaType(), validBody));
            }
        }
        for (String name : operation.queryParameters()) {
            for (String value : HOSTILE_PARAMETERS) {
                attempts.add(new Attempt("query " + name + "=" + shown(value), pathValues, Map.of(name, value),
                        operation.bodyMediaType(), validBody));
            }
        }
        if (body != null) {
            for (String pointer : fieldPointers(body, "")) {
                JsonNode validValue = body.at(pointer);
                for (Map.Entry<String, JsonNode> hostile : hostileFieldValues(validValue)) {
                    attempts.add(new Attempt("body " + pointer + " = " + hostile.getKey(), pathValues, Map.of(),
                            operation.bodyMediaType(), bytes(write(replaced(body, pointer, Optional.of(hostile.getValue()))))));
                }
                attempts.add(new Attempt("body " + pointer + " missing", pathValues, Map.of(), operation.bodyMediaType(),
                        bytes(write(replaced(body, pointer, Optional.empty())))));
            }
        }
        if (validBody != null) {
            attempts.addAll(wholeBodies(operation.bodyMediaType(), bodyText, pathValues));
        }
        return attempts;
    }

    private static List<Attempt> wholeBodies(String mediaType, String validBody, Map<String, String> pathValues) {
        List<Attempt> attempts = new ArrayList<>();
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("truncated", bytes(validBody.substring(0, validBody.length() / 2)));
        bodies.put("empty", new byte[0]);
        bodies.put("null", bytes("null"));
        bodies.put("array", bytes("[]"));
        bodies.put("string", bytes("\"x\""));
        bodies.put("nested 5000 deep", bytes("[".repeat(5_000) + "]".repeat(5_000)));
        bodies.put("invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        bodies.put("NUL byte", bytes(validBody.replaceFirst(",", ",\u0000")));
        bodies.put("100 kB of garbage", bytes("\u0001" + "x".repeat(100_000)));
        bodies.forEach((what, bytes) -> attempts.add(new Attempt("body " + what, pathValues, Map.of(), mediaType, bytes)));
        for (String wrongType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                mediaType.equals("text/csv") ? "application/json" : "text/csv")) {
            attempts.add(new Attempt("content type " + wrongType, pathValues, Map.of(), wrongType, bytes(validBody)));
        }
        attempts.add(new Attempt("no content type", pathValues, Map.of(), null, bytes(validBody)));
        return attempts;
    }

    /** JSON pointers of every field, nested objects' and the first element of arrays' included. */
    private static List<String> fieldPointers(JsonNode node, String at) {
        List<String> pointers = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                pointers.add(at + "/" + name);
                pointers.addAll(fieldPointers(node.get(name), at + "/" + name));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            pointers.add(at + "/0");
            pointers.addAll(fieldPointers(node.get(0), at + "/0"));
        }
        return pointers;
    }

    private static JsonNode replaced(JsonNode body, String pointer, Optional<JsonNode> value) {
        JsonNode copy = body.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            value.ifPresentOrElse(v -> object.set(last, v), () -> object.remove(last));
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            value.ifPresentOrElse(v -> array.set(index, v), () -> array.remove(index));
        }
        return copy;
    }

    private static String shown(String value) {
        String escaped = value.chars().mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\u%04x", c)
                : String.valueOf((char) c)).reduce("", String::concat);
        return escaped.length() > 40 ? escaped.substring(0, 20) + "…(" + value.length() + " chars)" : escaped;
    }

    /** Non-ASCII is written as {@code \\uXXXX} escapes, so that an unpaired surrogate reaches the service as one. */
    private static String write(JsonNode node) {
        try {
            return JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
