package org.hamkori.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The scenario's tables, kept as JSON data on the class path rather than as code. */
final class JsonResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonResource() {
    }

    static <T> T read(String resource, Class<T> type) {
        try {
            return JSON.readValue(JsonResource.class.getResourceAsStream(resource), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
