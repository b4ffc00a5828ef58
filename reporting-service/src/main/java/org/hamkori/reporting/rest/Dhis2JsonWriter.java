package org.hamkori.reporting.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.hamkori.reporting.dhis2.Dhis2Export;

/**
 * The DHIS2 export as JSON, written once per document: the report cache hands out the same document until an event
 * changes the figures, and a document of every partner's rows for every district is large enough that writing it
 * again for each request would cost more than reading it. Keyed by identity, held weakly: gone with the document.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class Dhis2JsonWriter implements MessageBodyWriter<Dhis2Export.DataValueSet> {

    private final Cache<Dhis2Export.DataValueSet, byte[]> written = Caffeine.newBuilder().weakKeys().maximumSize(64)
            .build();

    @Inject
    ObjectMapper json;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Dhis2Export.DataValueSet.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Dhis2Export.DataValueSet document, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        body.write(written.get(document, this::bytes));
    }

    private byte[] bytes(Dhis2Export.DataValueSet document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
