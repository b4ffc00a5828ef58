package org.hamkori.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docker-compose.yml cannot run on the build machines, so this checks that it matches the services'
 * own configuration: names, ports, the environment variables they read, health checks and start order.
 */
class DockerComposeConsistencyTest {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z0-9_]+):");

    @ParameterizedTest
    @ValueSource(strings = {"centers-service", "groups-service", "training-service", "reporting-service",
            "webhooks-service"})
    void composeRunsTheServiceAsItIsConfigured(String service) throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(Suite.ROOT.resolve("docker-compose.yml").toFile());
        JsonNode definition = compose.path("services").path(service);
        assertTrue(definition.isObject(), service + " is a compose service");
        Properties config = applicationProperties(service);
        String port = config.getProperty("quarkus.http.port");

        assertEquals(service, definition.path("build").path("args").path("SERVICE").asText(), "image built for it");
        assertTrue(Files.exists(Suite.ROOT.resolve(definition.path("build").path("dockerfile").asText())), "Dockerfile");
        assertEquals(List.of("127.0.0.1:" + port + ":" + port), texts(definition.path("ports")),
                "published on the host's loopback only");
        String managementPort = config.getProperty("quarkus.management.port");
        assertTrue(texts(definition.path("healthcheck").path("test")).stream()
                .anyMatch(t -> t.equals("http://localhost:" + managementPort + "/q/health/ready")),
                "health check on its management port");
        assertEquals("service_healthy", definition.path("depends_on").path("postgres").path("condition").asText());
        assertEquals("service_healthy", definition.path("depends_on").path("keycloak").path("condition").asText());
        assertEquals("service_completed_successfully",
                definition.path("depends_on").path("kafka-topics").path("condition").asText());

        JsonNode environment = definition.path("environment");
        for (String variable : environmentVariablesRead(service, config)) {
            assertNotNull(environment.get(variable), service + " needs " + variable + " in compose");
        }
        assertEquals("kafka:9092", environment.path("KAFKA_BOOTSTRAP_SERVERS").asText());
        assertTrue(environment.path("MP_JWT_VERIFY_ISSUER").asText().matches("\\$\\{KEYCLOAK_URL:\\?[^}]+}/realms/hamkori"),
                "trusts the tokens of the realm the browser signs in at");
        assertEquals("http://keycloak:8180/realms/hamkori/protocol/openid-connect/certs",
                environment.path("MP_JWT_VERIFY_PUBLICKEY_LOCATION").asText());
        String database = config.getProperty("quarkus.datasource.jdbc.url").replaceAll(".*/([a-z_]+)}$", "$1");
        assertTrue(environment.path(envName(service, "DB_URL")).asText().endsWith("postgres:5432/" + database));
        String init = Files.readString(Suite.ROOT.resolve("infra/docker/postgres-init.sql"));
        assertTrue(init.contains("CREATE DATABASE " + database + " OWNER"), "init script creates " + database);
    }

    @ParameterizedTest
    @ValueSource(strings = {"centers-service", "groups-service", "training-service", "reporting-service",
            "webhooks-service"})
    void everyTopicTheServiceIsConfiguredWithIsInTheOneTopicListThatInfraAndComposeCreate(String service)
            throws IOException {
        List<String> listed = Files.readAllLines(Suite.ROOT.resolve("infra/kafka-topics.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\\s+")[0]).toList();
        Properties config = applicationProperties(service);
        for (String key : config.stringPropertyNames()) {
            String value = config.getProperty(key);
            if ((key.endsWith(".topic") || key.endsWith("-topic")) && !value.contains("${")) {
                assertTrue(listed.contains(value), service + ": " + key + "=" + value + " is in infra/kafka-topics.txt");
            }
        }
        JsonNode topics = new ObjectMapper(new YAMLFactory()).readTree(Suite.ROOT.resolve("docker-compose.yml").toFile())
                .path("services").path("kafka-topics");
        assertTrue(texts(topics.path("volumes")).contains("./infra/kafka-topics.txt:/hamkori/kafka-topics.txt:ro"),
                "compose creates the topics from the same list");
    }

    @Test
    void composeServesTheWebAppWithTheAddressesItGivesTheBrowser() throws IOException {
        JsonNode definition = new ObjectMapper(new YAMLFactory()).readTree(Suite.ROOT.resolve("docker-compose.yml").toFile())
                .path("services").path("web-ui");
        assertTrue(definition.isObject(), "web-ui is a compose service");
        assertTrue(Files.exists(Suite.ROOT.resolve(definition.path("build").path("dockerfile").asText())), "Dockerfile");
        assertEquals(List.of("127.0.0.1:3000:3000"), texts(definition.path("ports")), "published on loopback only");
        Properties config = applicationProperties("web-ui");
        JsonNode environment = definition.path("environment");
        for (String value : config.stringPropertyNames().stream().filter(k -> k.startsWith("hamkori.web.")
                && !k.equals("hamkori.web.root")).map(config::getProperty).toList()) {
            Matcher matcher = ENV_REFERENCE.matcher(value);
            assertTrue(matcher.find(), value + " is read from the environment");
            assertNotNull(environment.get(matcher.group(1)), "web-ui needs " + matcher.group(1) + " in compose");
        }
        for (String service : List.of("centers", "groups", "training", "reporting", "webhooks")) {
            String port = applicationProperties(service + "-service").getProperty("quarkus.http.port");
            String variable = "HAMKORI_" + service.toUpperCase() + "_URL";
            assertTrue(environment.path(variable).asText().startsWith("${" + variable + ":?"),
                    variable + " is the public address the operator must give");
        }
    }

    @Test
    void composeRunsKeycloakWithTheProductionRealmOfTheRepository() throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(Suite.ROOT.resolve("docker-compose.yml").toFile());
        JsonNode keycloak = compose.path("services").path("keycloak");
        assertTrue(texts(keycloak.path("volumes")).contains(
                "./infra/keycloak/hamkori-realm.json:/opt/keycloak/data/import/hamkori-realm.json:ro"), "imports the realm file");
        assertTrue(texts(keycloak.path("command")).contains("--import-realm"));
        assertTrue(texts(keycloak.path("command")).stream().anyMatch(c -> c.startsWith("--hostname=${KEYCLOAK_URL:?")),
                "the issuer the services trust");
        assertEquals(List.of("127.0.0.1:8180:8180"), texts(keycloak.path("ports")));
        assertTrue(keycloak.path("image").asText().endsWith(":" + keycloakVersion()), "the version ./hamkori runs");
    }

    private static String keycloakVersion() throws IOException {
        Matcher version = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>")
                .matcher(Files.readString(Suite.ROOT.resolve("pom.xml")));
        assertTrue(version.find(), "the root pom names the Keycloak version");
        return version.group(1);
    }

    private static List<String> environmentVariablesRead(String service, Properties config) {
        List<String> variables = new ArrayList<>();
        // a container runs the production profile: what only dev or test read is not its business
        for (String value : config.stringPropertyNames().stream().filter(key -> !key.startsWith("%") || key.startsWith("%prod."))
                .map(config::getProperty).toList()) {
            Matcher matcher = ENV_REFERENCE.matcher(value);
            while (matcher.find()) {
                if (matcher.group(1).startsWith(service.replace("-service", "").toUpperCase())) {
                    variables.add(matcher.group(1));
                }
            }
        }
        assertTrue(variables.size() >= 3, service + " reads its datasource from the environment");
        return variables;
    }

    private static String envName(String service, String suffix) {
        return service.replace("-service", "").toUpperCase() + "_" + suffix;
    }

    private static Properties applicationProperties(String service) throws IOException {
        Properties properties = new Properties();
        Path file = Suite.ROOT.resolve(service).resolve("src/main/resources/application.properties");
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
