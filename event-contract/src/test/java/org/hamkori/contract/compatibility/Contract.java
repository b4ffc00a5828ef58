package org.hamkori.contract.compatibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One version of the partners' contract as the gate compares it: the event schemas and golden fixtures by event type
 * ({@code CenterOpened.v1}), the AsyncAPI document and the reference districts.
 */
public record Contract(Map<String, JsonNode> schemas, Map<String, JsonNode> fixtures, JsonNode asyncApi,
        JsonNode districts) {

    private static final String SCHEMA_SUFFIX = ".schema.json";
    private static final String FIXTURE_SUFFIX = ".json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The contract as this checkout has it: main resources, and the golden fixtures of the test resources. */
    public static Contract current() {
        return load("");
    }

    /** The copies recorded when {@code version} was published, under {@code /released/<version>} of the test resources. */
    public static Contract released(String version) {
        return load("/released/" + version);
    }

    /** A deep copy, for editing in memory. */
    public Contract copy() {
        return new Contract(deepCopy(schemas), deepCopy(fixtures), asyncApi.deepCopy(), districts.deepCopy());
    }

    private static Contract load(String root) {
        return new Contract(
                jsonFiles(root + "/schemas", SCHEMA_SUFFIX),
                jsonFiles(root + "/fixtures", FIXTURE_SUFFIX),
                read(new YAMLMapper(), root + "/asyncapi/hamkori.asyncapi.yaml"),
                read(JSON, root + "/reference/districts.json"));
    }

    /** Every file of a classpath directory by its name without {@code suffix}; the module's own tests see directories. */
    private static Map<String, JsonNode> jsonFiles(String directory, String suffix) {
        URL url = Contract.class.getResource(directory);
        if (url == null) {
            throw new IllegalStateException("No " + directory + " on the classpath");
        }
        Map<String, JsonNode> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(Path.of(url.toURI()))) {
            for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(suffix)).toList()) {
                String name = path.getFileName().toString();
                files.put(name.substring(0, name.length() - suffix.length()), JSON.readTree(path.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static JsonNode read(ObjectMapper mapper, String resource) {
        try (InputStream in = Contract.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the classpath");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, JsonNode> deepCopy(Map<String, JsonNode> documents) {
        Map<String, JsonNode> copy = new TreeMap<>();
        documents.forEach((name, document) -> copy.put(name, document.deepCopy()));
        return copy;
    }
}
