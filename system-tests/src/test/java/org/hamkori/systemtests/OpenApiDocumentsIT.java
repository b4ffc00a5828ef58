package org.hamkori.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @BeforeAll
    static void startSuite() {
        Suite.ensureRunning();
    }

    @ParameterizedTest
    @EnumSource(value = Suite.Service.class, names = {"CENTERS", "GROUPS", "TRAINING", "REPORTING"})
    void theWebAppIsBuiltFromTheDocumentTheServiceServes(Suite.Service service) throws Exception {
        JsonNode served = JSON.readTree(fetch(service.url() + "/q/openapi?format=json"));
        Path kept = Suite.ROOT.resolve("web/openapi").resolve(service.directory.replace("-service", "") + ".json");
        if (WRITE) {
            Files.writeString(kept, JSON.writeValueAsString(served) + "\n");
        }
        assertEquals(JSON.readTree(kept.toFile()), served,
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
