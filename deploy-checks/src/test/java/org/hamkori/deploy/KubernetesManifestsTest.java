package org.hamkori.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesManifestsTest {

    /** The management ports agreed for health and metrics, by Deployment. */
    private static final Map<String, Integer> MANAGEMENT_PORTS = Map.of("centers-service", 9081, "groups-service", 9082,
            "training-service", 9083, "reporting-service", 9084, "webhooks-service", 9085, "web-ui", 9080);

    @Test
    void theChartPassesHelmLint() {
        var lint = new Helm(Chart.DIRECTORY).lint().strict().call();
        assertFalse(lint.isFailed(), () -> String.join("\n", lint.getMessages()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"values.yaml", "values-production.yaml"})
    void everyRenderedObjectIsValidForTheKubernetesApi(String values) throws IOException {
        List<ObjectNode> objects = Chart.render(values);
        List<String> violations = objects.stream().filter(o -> !"KafkaTopic".equals(o.path("kind").asText()))
                .map(Chart::schemaViolation).flatMap(Optional::stream).toList();
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
        assertEquals(new TreeSet<>(MANAGEMENT_PORTS.keySet()), names(Chart.ofKind(objects, "Deployment")));
        assertEquals(names(Chart.ofKind(objects, "Deployment")), names(Chart.ofKind(objects, "Service")));
        assertEquals(names(Chart.ofKind(objects, "Deployment")), names(Chart.ofKind(objects, "PodDisruptionBudget")));
        assertEquals(names(Chart.ofKind(objects, "Deployment")), names(Chart.ofKind(objects, "HorizontalPodAutoscaler")));
    }

    @Test
    void aWrongFieldOrAMissingRequiredFieldIsRejected() throws IOException {
        ObjectNode deployment = Chart.ofKind(Chart.render(null), "Deployment").get(0);
        assertEquals(Optional.empty(), Chart.schemaViolation(deployment));

        ObjectNode misspelt = deployment.deepCopy();
        ((ObjectNode) misspelt.path("spec")).put("replica", 2);
        assertTrue(Chart.schemaViolation(misspelt).orElse("").contains("replica"), "an unknown field is refused");

        ObjectNode withoutContainers = deployment.deepCopy();
        ((ObjectNode) withoutContainers.path("spec").path("template").path("spec")).remove("containers");
        assertTrue(Chart.schemaViolation(withoutContainers).orElse("").contains("containers"),
                "a missing required field is refused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"values.yaml", "values-production.yaml"})
    void everyComponentIsProbedOnItsManagementPortAndKeepsItsHeapInsideItsMemoryLimit(String values) throws IOException {
        List<ObjectNode> objects = Chart.render(values);
        String javaOptions = Chart.ofKind(objects, "ConfigMap").get(0).path("data").path("JAVA_OPTS_APPEND").asText();
        assertTrue(javaOptions.contains("-Xmx256m"), javaOptions);
        for (ObjectNode deployment : Chart.ofKind(objects, "Deployment")) {
            String name = deployment.path("metadata").path("name").asText();
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
            int managementPort = 0;
            for (JsonNode port : container.path("ports")) {
                if ("management".equals(port.path("name").asText())) {
                    managementPort = port.path("containerPort").asInt();
                }
            }
            assertEquals(MANAGEMENT_PORTS.get(name), managementPort, name);
            assertProbe(container, "readinessProbe", "/q/health/ready");
            assertProbe(container, "livenessProbe", "/q/health/live");
            assertTrue(mebibytes(container.path("resources").path("limits").path("memory").asText()) > 324,
                    name + ": the limit must exceed the measured resident size (324 MB)");
        }
    }

    @Test
    void theServicesReadTheVariablesTheChartSets() throws IOException {
        ObjectNode config = Chart.ofKind(Chart.render(null), "ConfigMap").get(0);
        String kit = Files.readString(Repository.ROOT.resolve(
                "service-kit/src/main/resources/META-INF/microprofile-config.properties"));
        assertTrue(kit.contains("${KAFKA_BOOTSTRAP_SERVERS:"), "service-kit reads KAFKA_BOOTSTRAP_SERVERS");
        assertTrue(config.path("data").has("KAFKA_BOOTSTRAP_SERVERS"));
        for (String service : List.of("centers", "groups", "training", "reporting", "webhooks")) {
            String properties = Files.readString(Repository.ROOT.resolve(
                    service + "-service/src/main/resources/application.properties"));
            String prefix = service.toUpperCase();
            for (String variable : List.of(prefix + "_DB_URL", prefix + "_DB_USER", prefix + "_DB_PASSWORD")) {
                assertTrue(properties.contains("${" + variable + ":"), service + " reads " + variable);
            }
            assertTrue(config.path("data").has(prefix + "_DB_URL"), prefix + "_DB_URL");
            assertTrue(config.path("data").has(prefix + "_DB_USER"), prefix + "_DB_USER");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"values.yaml", "values-production.yaml"})
    void everyServiceFinishesItsRequestsAndItsRelayBatchWithinThePodsGracePeriod(String values) throws IOException {
        List<ObjectNode> objects = Chart.render(values);
        String kit = Files.readString(Repository.ROOT.resolve(
                "service-kit/src/main/resources/META-INF/microprofile-config.properties"));
        assertTrue(kit.contains("quarkus.shutdown.timeout=${HAMKORI_SHUTDOWN_TIMEOUT:"),
                "service-kit reads HAMKORI_SHUTDOWN_TIMEOUT");
        Duration requests = Duration.parse(Chart.ofKind(objects, "ConfigMap").get(0).path("data")
                .path("HAMKORI_SHUTDOWN_TIMEOUT").asText());
        // the relay's batch waits for the broker for three quarters of its 30 s timeout at most (OutboxConfig)
        Duration relayBatch = Duration.ofSeconds(30).multipliedBy(3).dividedBy(4);
        for (ObjectNode deployment : Chart.ofKind(objects, "Deployment")) {
            String name = deployment.path("metadata").path("name").asText();
            if (!name.endsWith("-service")) {
                continue;
            }
            long grace = deployment.path("spec").path("template").path("spec").path("terminationGracePeriodSeconds")
                    .asLong();
            assertTrue(Duration.ofSeconds(grace).compareTo(requests.plus(relayBatch)) > 0,
                    name + ": grace period " + grace + " s leaves room for " + requests + " and " + relayBatch);
        }
    }

    @Test
    void theStrimziTopicsAreTheTopicsOfTheLocalKafka() throws IOException {
        Map<String, String> local = new TreeMap<>();
        for (String line : Files.readAllLines(Repository.ROOT.resolve("infra/kafka-topics.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] topic = line.trim().split("\\s+");
                local.put(topic[0], topic[1] + " " + (topic.length > 2 ? topic[2] : ""));
            }
        }
        Map<String, String> strimzi = new TreeMap<>();
        for (ObjectNode kafkaTopic : Chart.ofKind(Chart.render("values-production.yaml"), "KafkaTopic")) {
            assertEquals("kafka.strimzi.io/v1", kafkaTopic.path("apiVersion").asText());
            JsonNode spec = kafkaTopic.path("spec");
            List<String> configs = new ArrayList<>();
            spec.path("config").fields().forEachRemaining(e -> configs.add(e.getKey() + "=" + e.getValue().asText()));
            strimzi.put(kafkaTopic.path("metadata").path("name").asText(),
                    spec.path("partitions").asInt() + " " + String.join(",", configs));
        }
        assertFalse(local.isEmpty());
        assertEquals(local, strimzi);
    }

    private static void assertProbe(JsonNode container, String probe, String path) {
        JsonNode httpGet = container.path(probe).path("httpGet");
        assertEquals(path, httpGet.path("path").asText(), probe);
        assertEquals("management", httpGet.path("port").asText(), probe);
    }

    private static long mebibytes(String quantity) {
        assertTrue(quantity.endsWith("Mi"), quantity);
        return Long.parseLong(quantity.substring(0, quantity.length() - 2));
    }

    private static TreeSet<String> names(List<ObjectNode> objects) {
        return objects.stream().map(o -> o.path("metadata").path("name").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
