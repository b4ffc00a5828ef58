package org.hamkori.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chart as shipped (SPEC §13): no default password, nothing exposed beyond the cluster, web-ui configured. */
class ChartLockdownTest {

    @Test
    void theChartHasNoDefaultPassword() throws IOException {
        JsonNode secrets = new ObjectMapper(new YAMLFactory()).readTree(Chart.DIRECTORY.resolve("values.yaml").toFile())
                .path("secrets");
        List<String> given = new ArrayList<>();
        secrets.path("databasePasswords").fields().forEachRemaining(p -> {
            if (!p.getValue().asText().isEmpty()) {
                given.add("databasePasswords." + p.getKey());
            }
        });
        for (String secret : List.of("kafkaSaslJaasConfig", "kafkaTruststorePassword", "webhooksEncryptionKey")) {
            if (!secrets.path(secret).asText().isEmpty()) {
                given.add(secret);
            }
        }
        assertEquals(List.of(), given);
    }

    @Test
    void theChartStopsNamingAMissingPassword() {
        var template = new Helm(Chart.DIRECTORY).template().withName("hamkori").withNamespace(Chart.NAMESPACE);
        for (String service : List.of("centers", "groups", "training", "reporting", "webhooks")) {
            template = template.set("webUi.publicUrls." + service, "https://" + service + ".example.org");
        }
        Exception refused = assertThrows(Exception.class, template::call);
        assertTrue(refused.getMessage().contains("secrets.databasePasswords.") && refused.getMessage().contains("is required"),
                refused.getMessage());
    }

    @Test
    void theChartStopsWhenTheBrowserIsGivenNoAddressOfAService() {
        var template = new Helm(Chart.DIRECTORY).template().withName("hamkori").withNamespace(Chart.NAMESPACE)
                .set("secrets.existingSecret", "hamkori-secrets");
        Exception refused = assertThrows(Exception.class, template::call);
        assertTrue(refused.getMessage().contains("webUi.publicUrls."), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"values.yaml", "values-production.yaml"})
    void nothingIsPublishedBeyondTheCluster(String values) throws IOException {
        List<ObjectNode> objects = Chart.render(values);
        for (ObjectNode service : Chart.ofKind(objects, "Service")) {
            String type = service.path("spec").path("type").asText("ClusterIP");
            assertEquals("ClusterIP", type, service.path("metadata").path("name").asText());
        }
        for (ObjectNode deployment : Chart.ofKind(objects, "Deployment")) {
            for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
                container.path("ports").forEach(port -> assertTrue(port.path("hostPort").isMissingNode(),
                        deployment.path("metadata").path("name").asText() + " binds a port of its node"));
            }
            assertFalse(deployment.path("spec").path("template").path("spec").path("hostNetwork").asBoolean());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"values.yaml", "values-production.yaml"})
    void onlyTheMonitoringNamespaceReachesTheManagementPorts(String values) throws IOException {
        List<ObjectNode> objects = Chart.render(values);
        List<ObjectNode> policies = Chart.ofKind(objects, "NetworkPolicy");
        assertEquals(1, policies.size(), "one NetworkPolicy");
        JsonNode spec = policies.get(0).path("spec");
        assertEquals("hamkori", spec.path("podSelector").path("matchLabels").path("app.kubernetes.io/part-of").asText(),
                "every pod of the release");
        assertEquals(List.of("Ingress"), List.of(spec.path("policyTypes").get(0).asText()));
        Map<String, JsonNode> sourcesByPort = new HashMap<>();
        for (JsonNode rule : spec.path("ingress")) {
            assertFalse(rule.path("ports").isEmpty(), "a rule without ports opens every port: " + rule);
            rule.path("ports").forEach(port -> sourcesByPort.put(port.path("port").asText(), rule.path("from")));
        }
        assertTrue(sourcesByPort.get("http").isMissingNode(), "the API and web ports from anywhere (the ingress)");
        assertEquals("monitoring", sourcesByPort.get("management").path(0).path("namespaceSelector").path("matchLabels")
                .path("kubernetes.io/metadata.name").asText());
        assertEquals(1, sourcesByPort.get("management").size(), "the monitoring namespace alone");
        assertEquals(2, sourcesByPort.size(), "no other port is opened");
        // the ports the rules name are the containers' named ports of every component
        for (ObjectNode deployment : Chart.ofKind(objects, "Deployment")) {
            List<String> names = new ArrayList<>();
            deployment.path("spec").path("template").path("spec").path("containers").path(0).path("ports")
                    .forEach(port -> names.add(port.path("name").asText()));
            assertEquals(List.of("http", "management"), names, deployment.path("metadata").path("name").asText());
        }
    }

    @Test
    void theMonitoringNamespaceIsConfigurable() throws IOException {
        String manifests = new Helm(Chart.DIRECTORY).template().withName("hamkori").withNamespace(Chart.NAMESPACE)
                .withValuesFile(Chart.OPERATOR_VALUES).set("networkPolicy.monitoringNamespace", "observability").call();
        JsonNode policy = Chart.ofKind(Chart.objects(manifests), "NetworkPolicy").get(0);
        assertTrue(policy.toString().contains("\"kubernetes.io/metadata.name\":\"observability\""), policy.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"values.yaml", "values-production.yaml"})
    void theWebAppIsGivenItsServicesAndItsIssuer(String values) throws IOException {
        List<ObjectNode> objects = Chart.render(values);
        ObjectNode webUi = Chart.ofKind(objects, "Deployment").stream()
                .filter(d -> "web-ui".equals(d.path("metadata").path("name").asText())).findFirst().orElseThrow();
        Map<String, String> environment = new HashMap<>();
        webUi.path("spec").path("template").path("spec").path("containers").path(0).path("env")
                .forEach(variable -> environment.put(variable.path("name").asText(), variable.path("value").asText()));
        String issuer = Chart.ofKind(objects, "ConfigMap").stream()
                .filter(c -> "hamkori-config".equals(c.path("metadata").path("name").asText())).findFirst().orElseThrow()
                .path("data").path("MP_JWT_VERIFY_ISSUER").asText();
        assertEquals(issuer, environment.get("HAMKORI_OIDC_ISSUER"), "browsers sign in where the services' tokens come from");
        assertEquals("hamkori-web", environment.get("HAMKORI_OIDC_CLIENT_ID"));
        for (String service : List.of("CENTERS", "GROUPS", "TRAINING", "REPORTING", "WEBHOOKS")) {
            String url = environment.get("HAMKORI_" + service + "_URL");
            assertTrue(url != null && url.startsWith("https://"), service + ": " + url);
        }
        for (String url : environment.values()) {
            assertFalse(url.contains("127.0.0.1") || url.contains("localhost"), "loopback: " + url);
        }
    }

    @Test
    void theServicesBelieveClientAddressesOnlyFromTheProxiesTheOperatorNames() throws IOException {
        assertEquals("10.42.0.0/16", sharedConfiguration("values-production.yaml")
                .path("HAMKORI_CERTIFICATE_CHECK_TRUSTED_PROXIES").asText());
        assertFalse(sharedConfiguration("values.yaml").has("HAMKORI_CERTIFICATE_CHECK_TRUSTED_PROXIES"),
                "no proxy is trusted unless named");
    }

    private static JsonNode sharedConfiguration(String values) throws IOException {
        return Chart.ofKind(Chart.render(values), "ConfigMap").stream()
                .filter(c -> "hamkori-config".equals(c.path("metadata").path("name").asText())).findFirst().orElseThrow()
                .path("data");
    }
}
