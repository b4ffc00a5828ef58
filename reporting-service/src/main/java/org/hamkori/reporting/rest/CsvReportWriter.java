package org.hamkori.reporting.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * A report as CSV, when content negotiation chooses {@code text/csv}: UTF-8, a header row, cells that a spreadsheet
 * would run as formulas neutralised (the kit's {@code Csv}), downloaded as a file named after the report.
 */
@Provider
@Produces(ReportMedia.CSV)
public class CsvReportWriter implements MessageBodyWriter<Object> {

    @Inject
    HttpHeaders request;

    @Inject
    UriInfo uri;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CsvTables.has(type);
    }

    @Override
    public void writeTo(Object report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        byte[] csv = CsvTables.of(report, ReportMedia.language(request)).toString().getBytes(StandardCharsets.UTF_8);
        headers.putSingle(HttpHeaders.CONTENT_TYPE, ReportMedia.CSV_UTF8);
        headers.putSingle("Content-Disposition", ReportMedia.attachment(uri, "csv"));
        body.write(csv);
    }
}
