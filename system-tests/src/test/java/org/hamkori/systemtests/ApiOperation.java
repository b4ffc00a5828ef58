package org.hamkori.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One operation of a service's OpenAPI document: its path and query parameters and, when it takes a
 * body, the body's media type and schema with every {@code $ref} resolved.
 */
record ApiOperation(String service, String baseUrl, String method, String path, List<String> pathParameters,
        List<String> queryParameters, String bodyMediaType, JsonNode bodySchema) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String name() {
        return method + " " + service + path;
    }

    boolean takesInput() {
        return !pathParameters.isEmpty() || !queryParameters.isEmpty() || bodyMediaType != null;
    }

    boolean writes() {
        return !method.equals("GET");
    }

    /** Every operation of the document served at {@code baseUrl + /q/openapi?format=json}. */
    static List<ApiOperation> readFrom(String service, String baseUrl, HttpClient http) {
        JsonNode document;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            document = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the OpenAPI document of " + service, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        JsonNode schemas = document.path("components").path("schemas");
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    continue;
                }
                JsonNode operation = method.getValue();
                List<String> pathParameters = new ArrayList<>();
                List<String> queryParameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    switch (parameter.path("in").asText()) {
                        case "path" -> pathParameters.add(parameter.path("name").asText());
                        case "query" -> queryParameters.add(parameter.path("name").asText());
                        default -> { } // headers (If-Match, Idempotency-Key) are not varied here
                    }
                }
                String mediaType = null;
                JsonNode bodySchema = null;
                Iterator<Map.Entry<String, JsonNode>> content = operation.path("requestBody").path("content").fields();
                if (content.hasNext()) {
                    Map.Entry<String, JsonNode> first = content.next();
                    mediaType = first.getKey();
                    bodySchema = resolve(first.getValue().path("schema"), schemas, 0);
                }
                operations.add(new ApiOperation(service, baseUrl, method.getKey().toUpperCase(), path.getKey(),
                        pathParameters, queryParameters, mediaType, bodySchema));
            }
        }
        return operations;
    }

    /** The schema with its references replaced by what they name (at most 8 deep, for recursive schemas). */
    private static JsonNode resolve(JsonNode schema, JsonNode schemas, int depth) {
        if (depth > 8) {
            return JSON.createObjectNode();
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return resolve(schemas.path(name), schemas, depth + 1);
        }
        if (schema.isObject()) {
            var copy = JSON.createObjectNode();
            schema.fields().forEachRemaining(field -> copy.set(field.getKey(),
                    field.getValue().isContainerNode() ? resolve(field.getValue(), schemas, depth) : field.getValue()));
            return copy;
        }
        if (schema.isArray()) {
            var copy = JSON.createArrayNode();
            schema.forEach(element -> copy.add(element.isContainerNode() ? resolve(element, schemas, depth) : element));
            return copy;
        }
        return schema;
    }
}
