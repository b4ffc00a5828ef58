package org.hamkori.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml as shipped is production (SPEC §13): no port beyond the host's loopback, no default for any
 * password, Keycloak in production mode with the production realm; docker-compose.dev.yml brings development back.
 */
class ComposeTest {

    /** Environment keys whose values are secrets. */
    private static final Pattern SECRET = Pattern.compile(".*(PASSWORD|SECRET|JAAS|ENCRYPTION_KEY).*");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "[::1]", "::1");

    @Test
    void composePublishesNoPortBeyondLoopback() throws IOException {
        Compose.Rendered rendered = Compose.render(Compose.FILE, developmentEnvironment());
        assertEquals(List.of(), rendered.errors());
        assertEquals(List.of(), portsBeyondLoopback(rendered.compose()));
        for (String unpublished : List.of("postgres", "kafka")) {
            assertTrue(rendered.compose().path("services").path(unpublished).path("ports").isMissingNode(),
                    unpublished + " is reached inside the compose network only");
        }
    }

    @Test
    void theDevelopmentOverridePublishesNoPortBeyondLoopbackEither() throws IOException {
        Compose.Rendered rendered = Compose.render(Compose.DEVELOPMENT_OVERRIDE, developmentEnvironment());
        assertEquals(List.of(), rendered.errors());
        assertEquals(List.of(), portsBeyondLoopback(rendered.compose()));
    }

    @Test
    void noProductionPasswordHasADefault() throws IOException {
        JsonNode services = Compose.read(Compose.FILE).path("services");
        List<String> secrets = new ArrayList<>();
        services.fields().forEachRemaining(service -> service.getValue().path("environment").fields().forEachRemaining(variable -> {
            if (SECRET.matcher(variable.getKey()).matches()) {
                secrets.add(variable.getKey());
                Matcher required = Compose.REQUIRED.matcher(variable.getValue().asText());
                assertTrue(required.matches(), service.getKey() + " " + variable.getKey() + "=" + variable.getValue()
                        + ": a secret is a required variable, ${NAME:?message}");
                assertTrue(required.group(2).contains(required.group(1)), "the message names " + required.group(1));
            }
        }));
        assertTrue(secrets.containsAll(List.of("POSTGRES_PASSWORD", "CENTERS_DB_PASSWORD", "GROUPS_DB_PASSWORD",
                "TRAINING_DB_PASSWORD", "REPORTING_DB_PASSWORD", "WEBHOOKS_DB_PASSWORD", "HAMKORI_WEBHOOKS_ENCRYPTION_KEY",
                "KC_DB_PASSWORD", "KC_BOOTSTRAP_ADMIN_PASSWORD")), secrets.toString());
    }

    @Test
    void composeStopsNamingEveryMissingSecretAndPublicAddress() throws IOException {
        Compose.Rendered rendered = Compose.render(Compose.FILE, Map.of());
        Set<String> missing = new TreeSet<>();
        for (String error : rendered.errors()) {
            missing.add(error.replaceAll("required variable (\\S+) is missing.*", "$1"));
        }
        assertEquals(new TreeSet<>(developmentEnvironment().keySet()), missing,
                "every variable of a deployment is required, and the development env file gives each");
    }

    @Test
    void composeRunsKeycloakInProductionModeWithTheProductionRealm() throws IOException {
        JsonNode keycloak = Compose.read(Compose.FILE).path("services").path("keycloak");
        assertEquals("start", keycloak.path("command").path(0).asText(), "production mode");
        assertTrue(texts(keycloak.path("command")).contains("--import-realm"));
        assertEquals(List.of("./infra/keycloak/hamkori-realm.json:/opt/keycloak/data/import/hamkori-realm.json:ro"),
                texts(keycloak.path("volumes")), "the production realm alone");
        assertEquals("postgres", keycloak.path("environment").path("KC_DB").asText(), "a database, not dev-file");
        assertTrue(keycloak.path("environment").has("HAMKORI_WEB_ORIGIN"), "the realm's redirect URIs come from here");
        assertFalse(Files.readString(Compose.FILE).contains("hamkori-dev-overlay"), "no demo user in production");
    }

    @Test
    void theDevelopmentOverrideRunsTheDevelopmentRealm() throws IOException {
        JsonNode services = Compose.read(Compose.DEVELOPMENT_OVERRIDE).path("services");
        assertEquals("start-dev", services.path("keycloak").path("command").path(0).asText());
        JsonNode overlay = services.path("keycloak-dev-overlay");
        assertTrue(texts(overlay.path("volumes")).contains(
                "./infra/keycloak/hamkori-dev-overlay.json:/hamkori/hamkori-dev-overlay.json:ro"));
        assertTrue(texts(overlay.path("command")).get(0).contains("create partialImport"),
                "the overlay is added to the production realm, not a second realm");
        assertEquals("service_healthy", overlay.path("depends_on").path("keycloak").path("condition").asText());
        assertEquals("true", services.path("web-ui").path("environment").path("HAMKORI_WEB_ALLOW_LOOPBACK").asText());
    }

    /** Every port published on an address other than loopback, as "service port". */
    static List<String> portsBeyondLoopback(JsonNode compose) {
        List<String> beyond = new ArrayList<>();
        compose.path("services").fields().forEachRemaining(service -> {
            for (JsonNode port : service.getValue().path("ports")) {
                String hostAddress;
                if (port.isObject()) {
                    hostAddress = port.path("host_ip").asText("");
                } else {
                    // HOST_IP:HOST_PORT:CONTAINER_PORT; fewer parts publish on every interface
                    String text = port.asText();
                    int lastColon = text.lastIndexOf(':');
                    int hostPortColon = lastColon < 0 ? -1 : text.lastIndexOf(':', lastColon - 1);
                    hostAddress = hostPortColon < 0 ? "" : text.substring(0, hostPortColon);
                }
                if (!LOOPBACK.contains(hostAddress)) {
                    beyond.add(service.getKey() + " " + port);
                }
            }
        });
        return beyond;
    }

    /** The variables infra/docker/development.env gives a local run. */
    static Map<String, String> developmentEnvironment() throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Compose.DEVELOPMENT_ENV)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                environment.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return environment;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    void aPortWithoutAnAddressIsPublishedOnEveryInterface() throws IOException {
        JsonNode compose = new ObjectMapper().readTree("""
                {"services": {"a": {"ports": ["8080:8080", "9090", "127.0.0.1:5432:5432",
                 {"target": 80, "published": 8000}, {"target": 81, "published": 8001, "host_ip": "127.0.0.1"},
                 "0.0.0.0:3000:3000"]}}}""");
        assertEquals(List.of("a \"8080:8080\"", "a \"9090\"", "a {\"target\":80,\"published\":8000}",
                "a \"0.0.0.0:3000:3000\""), portsBeyondLoopback(compose));
    }

    @Test
    void interpolationFollowsComposeRules() {
        List<String> errors = new ArrayList<>();
        Map<String, String> environment = Map.of("SET", "value", "EMPTY", "");
        assertEquals("value|fallback|value||fallback|$HOME|", Compose.interpolate(
                "${SET}|${UNSET:-fallback}|${SET:?x}|${EMPTY-fallback}|${EMPTY:-fallback}|$$HOME|${UNSET:?set UNSET please}",
                environment, errors));
        assertEquals(List.of("required variable UNSET is missing a value: set UNSET please"), errors);
    }
}
