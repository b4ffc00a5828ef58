package org.hamkori.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.google.gson.JsonParser;
import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Helm chart under deploy/kubernetes/hamkori, rendered by Helm itself (helm-java embeds Helm 3) and
 * checked against the Kubernetes API models, whose JSON readers reject unknown fields, missing required
 * fields and wrongly typed values as the API server's schema would.
 */
final class Chart {

    static final Path DIRECTORY = Repository.ROOT.resolve("deploy/kubernetes/hamkori");
    static final String NAMESPACE = "hamkori";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private Chart() {
    }

    /**
     * What the operator of a development cluster adds to the chart's defaults, which have no password and no public
     * address (test resource); values-production.yaml names its own Secret and addresses.
     */
    static final Path OPERATOR_VALUES = Repository.ROOT.resolve("deploy-checks/src/test/resources/operator-values.yaml");

    /**
     * The objects of `helm template` with the chart's defaults plus the given values file, if any; the defaults
     * alone with the operator's values.
     */
    static List<ObjectNode> render(String valuesFile) throws IOException {
        var template = new Helm(DIRECTORY).template().withName("hamkori").withNamespace(NAMESPACE);
        if (valuesFile != null) {
            template = template.withValuesFile(DIRECTORY.resolve(valuesFile));
        }
        if (valuesFile == null || valuesFile.equals("values.yaml")) {
            template = template.withValuesFile(OPERATOR_VALUES);
        }
        String manifests = template.call();
        // kept for reading: deploy-checks/target/rendered-<values>.yaml
        Files.writeString(Path.of("target", "rendered-" + (valuesFile == null ? "defaults.yaml" : valuesFile)), manifests);
        return objects(manifests);
    }

    static List<ObjectNode> objects(String manifests) throws IOException {
        List<ObjectNode> objects = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(manifests)) {
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode node = it.next();
                if (node instanceof ObjectNode object && !object.isEmpty()) {
                    objects.add(object);
                }
            }
        }
        return objects;
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    /**
     * Why the Kubernetes API would refuse this object, if it would: read through the API model of its apiVersion
     * and kind (e.g. apps/v1 Deployment is V1Deployment), whose validation follows the API's OpenAPI schema.
     * Objects of kinds outside the Kubernetes API (Strimzi's KafkaTopic) are not judged here.
     */
    static Optional<String> schemaViolation(ObjectNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        String name = kind + " " + object.path("metadata").path("name").asText();
        String version = apiVersion.substring(apiVersion.lastIndexOf('/') + 1);
        String model = "io.kubernetes.client.openapi.models." + Character.toUpperCase(version.charAt(0))
                + version.substring(1) + kind;
        try {
            Method validate = Class.forName(model).getMethod("validateJsonElement", com.google.gson.JsonElement.class);
            validate.invoke(null, JsonParser.parseString(JSON.writeValueAsString(object)));
            return Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.of(name + ": " + apiVersion + " " + kind + " is not a Kubernetes API type");
        } catch (java.lang.reflect.InvocationTargetException e) {
            return Optional.of(name + ": " + e.getCause().getMessage());
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
