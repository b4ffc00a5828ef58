package org.hamkori.reporting.rest.pdf;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamkori.reporting.rest.PartnerReportResource.PartnerRows;
import org.hamkori.reporting.rest.ReportMedia;
import org.hamkori.reporting.service.ReportService;

/**
 * The overview and the partners' report as PDF, when content negotiation chooses {@code application/pdf}: in the
 * language of {@code Accept-Language}, naming the filter the request asked for (already validated: the resource
 * method answered).
 */
@Provider
@Produces(ReportMedia.PDF)
public class PdfReportWriter implements MessageBodyWriter<Object> {

    /** The query parameters that narrow a report, in the order the pack names them. */
    private static final List<String> FILTERS = List.of("period", "from", "to", "phase", "partnerCode", "year");

    @Inject
    HttpHeaders request;

    @Inject
    UriInfo uri;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ReportService.Overview.class || type == PartnerRows.class;
    }

    @Override
    public void writeTo(Object report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        ReportLabels labels = ReportLabels.in(ReportMedia.language(request));
        byte[] pdf = report instanceof PartnerRows partners ? ReportPack.partners(partners, filter(), labels)
                : ReportPack.overview((ReportService.Overview) report, filter(), labels);
        headers.putSingle("Content-Disposition", ReportMedia.attachment(uri, "pdf"));
        headers.putSingle("Content-Language", labels.language().toLanguageTag());
        body.write(pdf);
    }

    private Map<String, String> filter() {
        Map<String, String> filter = new LinkedHashMap<>();
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        for (String parameter : FILTERS) {
            String value = query.getFirst(parameter);
            if (value != null && !value.isBlank()) {
                filter.put(parameter, value.trim());
            }
        }
        return filter;
    }
}
