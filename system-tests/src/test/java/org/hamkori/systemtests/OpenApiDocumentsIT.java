package org.hamkori.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The web app's typed client is generated from the OpenAPI documents kept in {@code web/openapi/}; they must be
 * what the services serve. After an API change, rewrite them with {@code -Dhamkori.openapi.write=true} and
 * rebuild the app ({@code npm run build} regenerates the client and type-checks the pages against it).
 */
class OpenApiDocumentsIT {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final boolean WRITE = Boolean.getBoolean("hamkori.openapi.write");
    /** The ports of ./hamkori up, named in the kept documents' servers. */
    private static final Map<Suite.Service, Integer> SUITE_PORTS = Map.of(Suite.Service.CENTERS, 8081,
            Suite.Service.GROUPS, 8082, Suite.Service.TRAINING, 8083, Suite.Service.REPORTING, 8084,
            Suite.Service.WEBHOOKS, 8085);

    @BeforeAll
    static void startSuite() {
        Suite.ensureRunning();
    }

    @ParameterizedTest
    @EnumSource(value = Suite.Service.class, names = {"CENTERS", "GROUPS", "TRAINING", "REPORTING", "WEBHOOKS"})
    void theWebAppIsBuiltFromTheDocumentTheServiceServes(Suite.Service service) throws Exception {
        JsonNode served = JSON.readTree(fetch(service.url() + "/q/openapi?format=json"));
        // the servers name where this run listens, not the API
        ((ObjectNode) served).remove("servers");
        Path kept = Suite.ROOT.resolve("web/openapi").resolve(service.directory.replace("-service", "") + ".json");
        if (WRITE) {
            ObjectNode document = (ObjectNode) JSON.readTree(fetch(service.url() + "/q/openapi?format=json"));
            document.set("servers", JSON.readTree("[{\"url\": \"http://127.0.0.1:" + SUITE_PORTS.get(service)
                    + "\", \"description\": \"This service on a local suite (./hamkori up)\"}]"));
            Files.writeString(kept, JSON.writeValueAsString(document) + "\n");
        }
        JsonNode expected = JSON.readTree(kept.toFile());
        ((ObjectNode) expected).remove("servers");
        assertEquals(expected, served,
                kept + " differs from what " + service.directory + " serves: rewrite it with -Dhamkori.openapi.write=true");
    }

    private static String fetch(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }
}
