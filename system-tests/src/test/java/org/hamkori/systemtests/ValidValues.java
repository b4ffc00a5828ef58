package org.hamkori.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Valid values for an operation's inputs: generated from the schema (enums, formats, bounds), and from
 * a small table where the schema cannot say what is valid (reference data, ids of real resources,
 * values that must add up or be unique).
 */
final class ValidValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private final Map<String, Supplier<JsonNode>> byFieldName;
    private final Map<String, String> pathValues;

    /**
     * @param resources ids of the real resources, by the name of what they are ({@code centre}, {@code group},
     *                  {@code member}, {@code meeting}, {@code issue}, {@code course}, {@code session},
     *                  {@code action}, {@code followUp}, {@code trainee}, {@code certificate}, {@code import})
     */
    ValidValues(Map<String, String> resources) {
        this.pathValues = resources;
        this.byFieldName = Map.ofEntries(
                Map.entry("code", () -> text("HX-" + UNIQUE.incrementAndGet())),
                Map.entry("districtCode", () -> text("KHATLON.QUBODIYON")),
                Map.entry("regionCode", () -> text("KHATLON")),
                Map.entry("centerId", () -> text(resources.get("centre"))),
                Map.entry("traineeId", () -> text(resources.get("trainee"))),
                Map.entry("courseCode", () -> text(resources.get("course"))),
                Map.entry("partnerCode", () -> text("SAFERWORLD")),
                Map.entry("facilitatingPartner", () -> text("SAFERWORLD")),
                Map.entry("fundingPartners", () -> JSON.createArrayNode().add("MVD")),
                Map.entry("phone", () -> text("+992 93 123 4567")),
                Map.entry("latitude", () -> JSON.getNodeFactory().numberNode(37.5)),
                Map.entry("longitude", () -> JSON.getNodeFactory().numberNode(68.5)),
                Map.entry("birthYear", () -> JSON.getNodeFactory().numberNode(1990)),
                Map.entry("year", () -> JSON.getNodeFactory().numberNode(2021)),
                Map.entry("indicator", () -> text("centers.open")),
                Map.entry("rank", () -> JSON.nullNode()), // only a police officer has one
                Map.entry("startsOn", () -> text("2021-10-04")),
                Map.entry("url", () -> text(resources.get("webhookUrl"))),
                Map.entry("eventTypes", () -> JSON.createArrayNode().add(resources.get("webhookEventType"))),
                Map.entry("since", () -> text("2021-07-20T10:00:00Z")),
                Map.entry("until", () -> text("2021-07-21T10:00:00Z")),
                Map.entry("endsOn", () -> text("2021-10-08")));
    }

    /** The value of path parameter {@code name} in {@code path}: {@code id} is whatever the path's first segment is. */
    String pathValue(String path, String name) {
        if (name.equals("period")) {
            return "2021"; // a year that is over, so that it may be approved
        }
        if (name.equals("partner")) {
            return "SAFERWORLD";
        }
        String resource = switch (name) {
            case "id" -> switch (path.split("/")[1]) {
                case "centers" -> "centre";
                case "groups" -> "group";
                case "sessions" -> "session";
                case "trainees" -> "trainee";
                case "admin" -> "deadLetter";
                case "webhooks" -> "endpoint";
                case "imports" -> "import";
                default -> throw new IllegalArgumentException("no table entry for {id} in " + path);
            };
            case "groupId" -> "group";
            case "deliveryId" -> "delivery";
            case "memberId" -> "member";
            case "meetingId" -> "meeting";
            case "issueId" -> "issue";
            case "actionId" -> "action";
            case "followUpId" -> "followUp";
            case "sessionId" -> "session";
            case "traineeId" -> "trainee";
            case "code" -> "course";
            case "number" -> "certificate";
            default -> throw new IllegalArgumentException("no table entry for path parameter " + name + " in " + path);
        };
        return pathValues.get(resource);
    }

    /** A valid body for {@code schema}: every property given, from the table or the schema. */
    JsonNode body(JsonNode schema) {
        return value(null, schema);
    }

    /** A text/csv attendance sheet in which the real trainee passes. */
    String attendanceSheet() {
        return "traineeId,attendedHours,score\n" + pathValues.get("trainee") + ",20,90\n";
    }

    private JsonNode value(String name, JsonNode schema) {
        if (name != null && byFieldName.containsKey(name)) {
            return byFieldName.get(name).get();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        switch (type) {
            case "object" -> {
                ObjectNode object = JSON.createObjectNode();
                for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                        properties.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (property.getValue().path("deprecated").asBoolean(false)) {
                        continue; // a former shape, accepted only instead of its replacement
                    }
                    object.set(property.getKey(), value(property.getKey(), property.getValue()));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = JSON.createArrayNode();
                array.add(value(null, schema.path("items")));
                return array;
            }
            case "integer" -> {
                return JSON.getNodeFactory().numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            }
            case "number" -> {
                return JSON.getNodeFactory().numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() : 20);
            }
            case "boolean" -> {
                return JSON.getNodeFactory().booleanNode(true);
            }
            default -> {
                return switch (format) {
                    case "date" -> text("2021-07-20");
                    case "uuid" -> text(pathValues.get("centre"));
                    case "date-time" -> text("2021-07-20T10:00:00Z");
                    default -> text("Valid text " + UNIQUE.incrementAndGet());
                };
            }
        }
    }

    private static JsonNode text(String value) {
        return JSON.getNodeFactory().textNode(value);
    }
}
