package org.hamkori.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

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

    @Test
    void tokensCarryTheUsersRegionsAsAListWhichOnlyAnAdministratorSets() throws IOException {
        JsonNode realm = realm();
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("hamkori-web")) {
                assertRegionsMapper(client);
            }
        }
        JsonNode profile = JSON.readTree(realm.path("components").path("org.keycloak.userprofile.UserProfileProvider")
                .path(0).path("config").path("kc.user.profile.config").path(0).asText());
        JsonNode regions = null;
        for (JsonNode attribute : profile.path("attributes")) {
            if (attribute.path("name").asText().equals("regions")) {
                regions = attribute;
            }
        }
        assertTrue(regions != null, "the user profile declares regions (Keycloak drops undeclared attributes)");
        assertTrue(regions.path("multivalued").asBoolean(), "regions is a list");
        assertEquals("[\"admin\"]", regions.path("permissions").path("edit").toString(),
                "a user cannot widen their own regions");
    }

    @Test
    void theScopedDemoUsersWorkInOneRegionAndTheScriptsClientCarriesIt() throws IOException {
        JsonNode overlay = JSON.readTree(DEVELOPMENT_OVERLAY.toFile());
        assertRegionsMapper(overlay.path("clients").path(0));
        for (JsonNode user : overlay.path("users")) {
            String name = user.path("username").asText();
            String regions = user.path("attributes").path("regions").toString();
            switch (name) {
                case "coordinator-khatlon" -> assertEquals("[\"KHATLON\"]", regions);
                case "trainer-sughd" -> assertEquals("[\"SUGHD\"]", regions);
                default -> assertTrue(user.path("attributes").path("regions").isMissingNode(), name + " is unscoped");
            }
        }
    }

    @Test
    void tokensCarryThePartnersOrganisationWhichOnlyAnAdministratorSets() throws IOException {
        JsonNode realm = realm();
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("hamkori-web")) {
                assertPartnerCodeMapper(client);
            }
        }
        JsonNode profile = JSON.readTree(realm.path("components").path("org.keycloak.userprofile.UserProfileProvider")
                .path(0).path("config").path("kc.user.profile.config").path(0).asText());
        JsonNode partnerCode = null;
        for (JsonNode attribute : profile.path("attributes")) {
            if (attribute.path("name").asText().equals("partner_code")) {
                partnerCode = attribute;
            }
        }
        assertTrue(partnerCode != null, "the user profile declares partner_code (Keycloak drops undeclared attributes)");
        assertFalse(partnerCode.path("multivalued").asBoolean(), "a partner user belongs to one organisation");
        assertEquals("[\"admin\"]", partnerCode.path("permissions").path("edit").toString(),
                "a partner cannot read another organisation's figures by renaming its own");
    }

    @Test
    void theDemoPartnersBelongToSaferworldAndTheUsEmbassy() throws IOException {
        JsonNode overlay = JSON.readTree(DEVELOPMENT_OVERLAY.toFile());
        assertPartnerCodeMapper(overlay.path("clients").path(0));
        for (JsonNode user : overlay.path("users")) {
            String name = user.path("username").asText();
            String partnerCode = user.path("attributes").path("partner_code").toString();
            switch (name) {
                case "partner" -> assertEquals("[\"SAFERWORLD\"]", partnerCode);
                case "partner-embassy" -> assertEquals("[\"US_EMBASSY\"]", partnerCode);
                default -> assertTrue(user.path("attributes").path("partner_code").isMissingNode(),
                        name + " belongs to no partner organisation");
            }
        }
    }

    private static void assertPartnerCodeMapper(JsonNode client) {
        for (JsonNode mapper : client.path("protocolMappers")) {
            JsonNode config = mapper.path("config");
            if (config.path("claim.name").asText().equals("partner_code")) {
                assertEquals("partner_code", config.path("user.attribute").asText());
                assertEquals("true", config.path("access.token.claim").asText());
                return;
            }
        }
        throw new AssertionError(client.path("clientId").asText() + " puts no partner_code claim in its tokens");
    }

    private static void assertRegionsMapper(JsonNode client) {
        for (JsonNode mapper : client.path("protocolMappers")) {
            JsonNode config = mapper.path("config");
            if (config.path("claim.name").asText().equals("regions")) {
                assertEquals("regions", config.path("user.attribute").asText());
                assertEquals("true", config.path("multivalued").asText());
                assertEquals("true", config.path("access.token.claim").asText());
                return;
            }
        }
        throw new AssertionError(client.path("clientId").asText() + " puts no regions claim in its tokens");
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
