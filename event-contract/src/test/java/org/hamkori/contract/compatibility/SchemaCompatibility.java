package org.hamkori.contract.compatibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a released JSON Schema with its current version, keyword by keyword, and lists every change that is not
 * additive: what the released schema promised a consumer (each property, its type, format and presence) still holds,
 * and every value the released schema accepted is still accepted.
 */
public final class SchemaCompatibility {

    private static final List<String> LOWER_BOUNDS = List.of("minLength", "minimum", "exclusiveMinimum", "minItems",
            "minProperties");
    private static final List<String> UPPER_BOUNDS = List.of("maxLength", "maximum", "exclusiveMaximum", "maxItems",
            "maxProperties");
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description",
            "examples", "default", "deprecated", "readOnly", "writeOnly");
    private static final Set<String> COMPARED = Set.of("type", "format", "enum", "const", "pattern", "uniqueItems",
            "additionalProperties", "required", "properties", "items", "minLength", "minimum", "exclusiveMinimum",
            "minItems", "minProperties", "maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties");

    private SchemaCompatibility() {
    }

    /** The non-additive changes from {@code released} to {@code current}, pointers relative to the schema's root. */
    public static List<Breaking> compare(String eventType, JsonNode released, JsonNode current) {
        List<Breaking> breakings = new ArrayList<>();
        new Walk(eventType, breakings).compare(released, current, "");
        return breakings;
    }

    private record Walk(String eventType, List<Breaking> breakings) {

        void compare(JsonNode released, JsonNode current, String pointer) {
            if (!released.isObject() || !current.isObject()) {
                // a boolean schema: only true accepts everything
                if (!released.equals(current) && !current.equals(BooleanNode.TRUE)) {
                    report(pointer, Rule.CONSTRAINT_TIGHTENED, "the schema " + released + " became " + current);
                }
                return;
            }
            if (!types(released).equals(types(current))) {
                report(pointer + "/type", Rule.TYPE_CHANGED, "type " + types(released) + " became " + types(current));
            }
            if (!Objects.equals(released.get("format"), current.get("format"))) {
                report(pointer + "/format", Rule.FORMAT_CHANGED,
                        "format " + shown(released.get("format")) + " became " + shown(current.get("format")));
            }
            compareAllowedValues(released, current, pointer);
            compareBounds(released, current, pointer);
            comparePatternAndUniqueness(released, current, pointer);
            compareUnknownKeywords(released, current, pointer);
            if (isOpen(released.get("additionalProperties")) && !isOpen(current.get("additionalProperties"))) {
                report(pointer + "/additionalProperties", Rule.ADDITIONAL_PROPERTIES_CLOSED,
                        "additionalProperties became " + current.get("additionalProperties"));
            }
            compareProperties(released, current, pointer);
            if (released.path("items").isObject() && current.path("items").isObject()) {
                compare(released.get("items"), current.get("items"), pointer + "/items");
            }
        }

        private void compareAllowedValues(JsonNode released, JsonNode current, String pointer) {
            Set<JsonNode> allowed = allowedValues(released);
            Set<JsonNode> now = allowedValues(current);
            if (allowed != null && now != null) {
                String keyword = released.has("const") ? "const" : "enum";
                for (JsonNode value : allowed) {
                    if (!now.contains(value)) {
                        report(pointer + "/" + keyword, Rule.ENUM_VALUE_REMOVED, value + " is no longer allowed");
                    }
                }
            }
        }

        private void compareBounds(JsonNode released, JsonNode current, String pointer) {
            for (String keyword : LOWER_BOUNDS) {
                if (current.has(keyword) && (!released.has(keyword)
                        || current.get(keyword).decimalValue().compareTo(released.get(keyword).decimalValue()) > 0)) {
                    reportTightened(released, current, pointer, keyword);
                }
            }
            for (String keyword : UPPER_BOUNDS) {
                if (current.has(keyword) && (!released.has(keyword)
                        || current.get(keyword).decimalValue().compareTo(released.get(keyword).decimalValue()) < 0)) {
                    reportTightened(released, current, pointer, keyword);
                }
            }
        }

        private void comparePatternAndUniqueness(JsonNode released, JsonNode current, String pointer) {
            // whether one regular expression accepts all another does cannot be decided here: any new pattern counts
            if (current.has("pattern") && !current.get("pattern").equals(released.get("pattern"))) {
                reportTightened(released, current, pointer, "pattern");
            }
            if (current.path("uniqueItems").asBoolean() && !released.path("uniqueItems").asBoolean()) {
                reportTightened(released, current, pointer, "uniqueItems");
            }
        }

        /** A keyword this class does not reason about (allOf, oneOf, not, $ref…) may only stay exactly as released. */
        private void compareUnknownKeywords(JsonNode released, JsonNode current, String pointer) {
            Set<String> keywords = new TreeSet<>();
            released.fieldNames().forEachRemaining(keywords::add);
            current.fieldNames().forEachRemaining(keywords::add);
            for (String keyword : keywords) {
                if (!ANNOTATIONS.contains(keyword) && !COMPARED.contains(keyword)
                        && !Objects.equals(released.get(keyword), current.get(keyword))) {
                    report(pointer + "/" + escape(keyword), Rule.CONSTRAINT_TIGHTENED,
                            keyword + " changed, and the gate cannot tell that it accepts at least as much");
                }
            }
        }

        private void compareProperties(JsonNode released, JsonNode current, String pointer) {
            Set<String> wasRequired = texts(released.path("required"));
            Set<String> isRequired = texts(current.path("required"));
            released.path("properties").fieldNames().forEachRemaining(name -> {
                String property = pointer + "/properties/" + escape(name);
                JsonNode now = current.path("properties").get(name);
                if (now == null) {
                    report(property, Rule.PROPERTY_REMOVED, name + " is gone");
                } else {
                    if (wasRequired.contains(name) && !isRequired.contains(name)) {
                        report(property, Rule.REQUIRED_PROPERTY_MADE_OPTIONAL, name + " is no longer required");
                    }
                    compare(released.path("properties").get(name), now, property);
                }
            });
            for (String name : isRequired) {
                if (!wasRequired.contains(name)) {
                    // events recorded before lack it, and the topics keep every event for replay
                    report(pointer + "/properties/" + escape(name), Rule.PROPERTY_MADE_REQUIRED, name + " is required now");
                }
            }
        }

        private void reportTightened(JsonNode released, JsonNode current, String pointer, String keyword) {
            report(pointer + "/" + keyword, Rule.CONSTRAINT_TIGHTENED,
                    keyword + " " + shown(released.get(keyword)) + " became " + shown(current.get(keyword)));
        }

        private void report(String pointer, Rule rule, String detail) {
            breakings.add(new Breaking(eventType, pointer, rule, detail));
        }
    }

    /** The values an {@code enum} or {@code const} allows; null when the schema does not restrict them. */
    private static Set<JsonNode> allowedValues(JsonNode schema) {
        if (schema.has("const")) {
            return Set.of(schema.get("const"));
        }
        if (schema.has("enum")) {
            Set<JsonNode> values = new LinkedHashSet<>();
            schema.get("enum").forEach(values::add);
            return values;
        }
        return null;
    }

    private static Set<String> types(JsonNode schema) {
        return schema.has("type") ? texts(schema.get("type").isArray() ? schema.get("type") : List.of(schema.get("type")))
                : Set.of();
    }

    private static Set<String> texts(Iterable<JsonNode> values) {
        Set<String> texts = new TreeSet<>();
        values.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    private static String shown(JsonNode keywordValue) {
        return keywordValue == null ? "absent" : keywordValue.toString();
    }

    private static boolean isOpen(JsonNode additionalProperties) {
        return additionalProperties == null || additionalProperties.equals(BooleanNode.TRUE);
    }

    /** A property name as a JSON pointer token (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
