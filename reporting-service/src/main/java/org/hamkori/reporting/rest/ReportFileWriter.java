package org.hamkori.reporting.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;

/**
 * A report written as a file that content negotiation chose (CSV, PDF): in the language of {@code Accept-Language},
 * downloaded under a name made of the report's path and period ({@link ReportMedia#attachment}).
 */
public abstract class ReportFileWriter implements MessageBodyWriter<Object> {

    private final String extension;

    @Inject
    HttpHeaders request;

    @Inject
    protected UriInfo uri;

    protected ReportFileWriter(String extension) {
        this.extension = extension;
    }

    /** Whether reports of this type are offered in this form. */
    protected abstract boolean writes(Class<?> type);

    /** The file's bytes; may set headers of its own (its content type, its language). */
    protected abstract byte[] write(Object report, Locale language, MultivaluedMap<String, Object> headers);

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return writes(type);
    }

    @Override
    public void writeTo(Object report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        byte[] file = write(report, ReportMedia.language(request), headers);
        headers.putSingle("Content-Disposition", ReportMedia.attachment(uri, extension));
        body.write(file);
    }
}
