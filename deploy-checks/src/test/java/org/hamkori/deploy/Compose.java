package org.hamkori.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compose file as `docker compose config` would read it (no Docker engine runs here): the YAML with its
 * variables interpolated from a given environment, by compose's rules: {@code ${VAR}}, {@code ${VAR:-default}},
 * {@code ${VAR-default}}, {@code ${VAR:?error}}, {@code ${VAR?error}} and {@code $$} for a literal dollar.
 */
final class Compose {

    static final Path FILE = Repository.ROOT.resolve("docker-compose.yml");
    static final Path DEVELOPMENT_OVERRIDE = Repository.ROOT.resolve("docker-compose.dev.yml");
    static final Path DEVELOPMENT_ENV = Repository.ROOT.resolve("infra/docker/development.env");

    /** A reference that stops compose when its variable is missing: {@code ${VAR:?message}}. */
    static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):\\?([^}]+)}");

    private static final Pattern REFERENCE =
            Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The file as written, variables not yet interpolated. */
    static JsonNode read(Path file) throws IOException {
        return YAML.readTree(file.toFile());
    }

    /** The file with its variables taken from {@code environment}, and the errors compose would stop with. */
    static Rendered render(Path file, Map<String, String> environment) throws IOException {
        List<String> errors = new ArrayList<>();
        JsonNode interpolated = interpolate(read(file), environment, errors);
        return new Rendered(interpolated, errors);
    }

    record Rendered(JsonNode compose, List<String> errors) {
    }

    private static JsonNode interpolate(JsonNode node, Map<String, String> environment, List<String> errors) {
        if (node.isTextual()) {
            return TextNode.valueOf(interpolate(node.asText(), environment, errors));
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            object.fields().forEachRemaining(f -> copy.set(f.getKey(), interpolate(f.getValue(), environment, errors)));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(element -> copy.add(interpolate(element, environment, errors)));
            return copy;
        }
        return node;
    }

    static String interpolate(String text, Map<String, String> environment, List<String> errors) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (reference.find()) {
            String replacement;
            if (reference.group(1) == null) {
                replacement = "$";
            } else {
                String name = reference.group(1);
                String operator = reference.group(2);
                String argument = reference.group(3);
                String value = environment.get(name);
                boolean missing = operator != null && operator.startsWith(":")
                        ? value == null || value.isEmpty() : value == null;
                if (operator == null) {
                    replacement = value == null ? "" : value;
                } else if (operator.endsWith("-")) {
                    replacement = missing ? argument : value;
                } else {
                    if (missing) {
                        errors.add("required variable " + name + " is missing a value: " + argument);
                    }
                    replacement = missing ? "" : value;
                }
            }
            reference.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        reference.appendTail(result);
        return result.toString();
    }
}
