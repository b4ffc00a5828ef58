package org.hamkori.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The realm the repository ships for production (SPEC §13), and the development overlay that ./hamkori adds. */
class ProductionRealmTest {

    static final Path REALM = Repository.ROOT.resolve("infra/keycloak/hamkori-realm.json");
    static final Path DEVELOPMENT_OVERLAY = Repository.ROOT.resolve("infra/keycloak/hamkori-dev-overlay.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void productionRealmHasNoUsers() throws IOException {
        JsonNode realm = realm();
        assertTrue(realm.path("users").isMissingNode() || realm.path("users").isEmpty(), "users: " + realm.path("users"));
        assertTrue(realm.path("federatedUsers").isMissingNode(), "federated users");
    }

    @Test
    void productionRealmHasNoClientSecret() throws IOException {
        for (JsonNode client : realm().path("clients")) {
            String name = client.path("clientId").asText();
            assertTrue(client.path("secret").isMissingNode(), name + " carries a secret");
            assertTrue(client.path("publicClient").asBoolean(), name + " is public: a confidential client's secret "
                    + "would be generated per deployment, never shipped");
        }
    }

    @Test
    void noProductionClientSignsInWithAPassword() throws IOException {
        assertFalse(realm().path("clients").isEmpty());
        for (JsonNode client : realm().path("clients")) {
            String name = client.path("clientId").asText();
            assertTrue(client.path("directAccessGrantsEnabled").isBoolean()
                    && !client.path("directAccessGrantsEnabled").asBoolean(), name + ": password grant explicitly off");
            assertFalse(client.path("implicitFlowEnabled").asBoolean(), name + ": implicit flow");
            assertFalse(client.path("serviceAccountsEnabled").asBoolean(), name + ": service account");
        }
    }

    @Test
    void productionRealmLocksOutRepeatedFailedSignIns() throws IOException {
        JsonNode realm = realm();
        assertTrue(realm.path("bruteForceProtected").asBoolean(), "brute-force protection on");
        int failures = realm.path("failureFactor").asInt();
        assertTrue(failures >= 3 && failures <= 10, "locked out after " + failures + " failures");
        assertTrue(realm.path("waitIncrementSeconds").asInt() >= 30, "a lockout that slows guessing");
    }

    @Test
    void productionAccessTokensLiveAtMostFiveMinutes() throws IOException {
        JsonNode realm = realm();
        assertTrue(realm.path("accessTokenLifespan").isInt(), "the lifespan is set, not Keycloak's default");
        assertTrue(realm.path("accessTokenLifespan").asInt() <= 300, "realm: " + realm.path("accessTokenLifespan"));
        for (JsonNode client : realm.path("clients")) {
            JsonNode lifespan = client.path("attributes").path("access.token.lifespan");
            assertTrue(lifespan.isMissingNode() || Integer.parseInt(lifespan.asText()) <= 300,
                    client.path("clientId").asText() + ": " + lifespan);
        }
    }

    @Test
    void productionRealmRequiresTlsFromOutside() throws IOException {
        assertTrue(Set.of("external", "all").contains(realm().path("sslRequired").asText()),
                "sslRequired " + realm().path("sslRequired"));
    }

    @Test
    void redirectsOriginsAndSignOutTargetsAreExactAddressesFromConfiguration() throws IOException {
        for (JsonNode client : realm().path("clients")) {
            String name = client.path("clientId").asText();
            List<String> addresses = new ArrayList<>();
            client.path("redirectUris").forEach(uri -> addresses.add(uri.asText()));
            client.path("webOrigins").forEach(origin -> addresses.add(origin.asText()));
            String signOut = client.path("attributes").path("post.logout.redirect.uris").asText("");
            if (!signOut.isEmpty()) {
                addresses.addAll(List.of(signOut.split("##")));
            }
            if (client.path("standardFlowEnabled").asBoolean()) {
                assertFalse(client.path("redirectUris").isEmpty(), name + " names its redirect URIs");
            }
            for (String address : addresses) {
                assertFalse(address.contains("*"), name + ": a wildcard in " + address);
                assertFalse(address.equals("+"), name + ": web origins follow the redirect URIs' exact list");
                assertTrue(address.startsWith("${HAMKORI_WEB_ORIGIN}") || address.startsWith("${HAMKORI_WEB_ALIAS_ORIGIN:"),
                        name + ": " + address + " comes from the deployment's configuration");
            }
        }
    }

    @Test
    void theDevelopmentOverlayOnlyAddsDemoUsersAndTheScriptsClient() throws IOException {
        JsonNode overlay = JSON.readTree(DEVELOPMENT_OVERLAY.toFile());
        Set<String> sections = new TreeSet<>();
        overlay.fieldNames().forEachRemaining(sections::add);
        assertEquals(Set.of("clients", "users"), sections, "a partial import of users and clients, no realm setting");
        List<String> clients = new ArrayList<>();
        overlay.path("clients").forEach(client -> clients.add(client.path("clientId").asText()));
        assertEquals(List.of("hamkori-cli"), clients, "the web app's client stays the production one");
        Set<String> users = new TreeSet<>();
        overlay.path("users").forEach(user -> users.add(user.path("username").asText()));
        assertEquals(new TreeSet<>(Set.of("admin", "coordinator", "trainer", "analyst", "partner",
                "coordinator-khatlon", "trainer-sughd", "partner-embassy")), users);
    }

    /**
     * A user's regions (a list) and a partner user's organisation (one value) reach the services in the web app's
     * tokens, and only an administrator sets them: a user who could would widen what they may read.
     */
    @ParameterizedTest(name = "tokens carry {0}, which only an administrator sets")
    @MethodSource("administeredAttributes")
    void tokensCarryAnAttributeWhichOnlyAnAdministratorSets(String attribute, Consumer<JsonNode> mapper,
            boolean aList, String whatItHolds, String why) throws IOException {
        JsonNode realm = realm();
        webClients(realm).forEach(mapper);
        JsonNode declared = declaredAttribute(realm, attribute);
        assertEquals(aList, declared.path("multivalued").asBoolean(), whatItHolds);
        assertEquals("[\"admin\"]", declared.path("permissions").path("edit").toString(), why);
    }

    static Stream<Arguments> administeredAttributes() {
        return Stream.of(
                arguments("regions", (Consumer<JsonNode>) ProductionRealmTest::assertRegionsMapper, true,
                        "regions is a list", "a user cannot widen their own regions"),
                arguments("partner_code", (Consumer<JsonNode>) ProductionRealmTest::assertPartnerCodeMapper, false,
                        "a partner user belongs to one organisation",
                        "a partner cannot read another organisation's figures by renaming its own"));
    }

    /**
     * The scoped demo users work in one region and the demo partners belong to Saferworld and the US Embassy; the
     * scripts' client carries both claims.
     */
    @ParameterizedTest(name = "the demo users carry {0}")
    @MethodSource("demoUsersAttributes")
    void theDemoUsersCarryTheirAttributeAndTheScriptsClientCarriesIt(String attribute, Consumer<JsonNode> mapper,
            Map<String, String> expected, String otherwise) throws IOException {
        JsonNode overlay = JSON.readTree(DEVELOPMENT_OVERLAY.toFile());
        mapper.accept(overlay.path("clients").path(0));
        for (JsonNode user : overlay.path("users")) {
            String name = user.path("username").asText();
            JsonNode value = user.path("attributes").path(attribute);
            if (expected.containsKey(name)) {
                assertEquals(expected.get(name), value.toString());
            } else {
                assertTrue(value.isMissingNode(), name + " " + otherwise);
            }
        }
    }

    static Stream<Arguments> demoUsersAttributes() {
        return Stream.of(
                arguments("regions", (Consumer<JsonNode>) ProductionRealmTest::assertRegionsMapper,
                        Map.of("coordinator-khatlon", "[\"KHATLON\"]", "trainer-sughd", "[\"SUGHD\"]"), "is unscoped"),
                arguments("partner_code", (Consumer<JsonNode>) ProductionRealmTest::assertPartnerCodeMapper,
                        Map.of("partner", "[\"SAFERWORLD\"]", "partner-embassy", "[\"US_EMBASSY\"]"),
                        "belongs to no partner organisation"));
    }

    /** The realm's clients of the web app, {@code hamkori-web}. */
    private static List<JsonNode> webClients(JsonNode realm) {
        List<JsonNode> clients = new ArrayList<>();
        realm.path("clients").forEach(client -> {
            if (client.path("clientId").asText().equals("hamkori-web")) {
                clients.add(client);
            }
        });
        return clients;
    }

    /** The user profile's declaration of the attribute {@code name}, which must be there. */
    private static JsonNode declaredAttribute(JsonNode realm, String name) throws IOException {
        JsonNode profile = JSON.readTree(realm.path("components").path("org.keycloak.userprofile.UserProfileProvider")
                .path(0).path("config").path("kc.user.profile.config").path(0).asText());
        JsonNode declared = null;
        for (JsonNode attribute : profile.path("attributes")) {
            if (attribute.path("name").asText().equals(name)) {
                declared = attribute;
            }
        }
        assertTrue(declared != null, "the user profile declares " + name + " (Keycloak drops undeclared attributes)");
        return declared;
    }

    private static void assertPartnerCodeMapper(JsonNode client) {
        tokenClaimMapper(client, "partner_code");
    }

    private static void assertRegionsMapper(JsonNode client) {
        assertEquals("true", tokenClaimMapper(client, "regions").path("multivalued").asText());
    }

    /** The config of {@code client}'s mapper that puts the user's {@code attribute} in access tokens, as that claim. */
    private static JsonNode tokenClaimMapper(JsonNode client, String attribute) {
        for (JsonNode mapper : client.path("protocolMappers")) {
            JsonNode config = mapper.path("config");
            if (config.path("claim.name").asText().equals(attribute)) {
                assertEquals(attribute, config.path("user.attribute").asText());
                assertEquals("true", config.path("access.token.claim").asText());
                return config;
            }
        }
        throw new AssertionError(client.path("clientId").asText() + " puts no " + attribute + " claim in its tokens");
    }

    @Test
    void theChartShipsTheProductionRealm() throws IOException {
        JsonNode configMap = Chart.ofKind(Chart.render("values-production.yaml"), "ConfigMap").stream()
                .filter(c -> "hamkori-keycloak-realm".equals(c.path("metadata").path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap hamkori-keycloak-realm"));
        assertEquals(realm(), JSON.readTree(configMap.path("data").path("hamkori-realm.json").asText()));
        assertEquals(Files.readString(REALM).strip(), configMap.path("data").path("hamkori-realm.json").asText().strip());
    }

    private static JsonNode realm() throws IOException {
        return JSON.readTree(REALM.toFile());
    }
}
