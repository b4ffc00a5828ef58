package org.hamkori.reporting.rest.pdf;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamkori.reporting.rest.PartnerReportResource.PartnerRows;
import org.hamkori.reporting.rest.ReportFileWriter;
import org.hamkori.reporting.rest.ReportMedia;
import org.hamkori.reporting.service.ReportService;

/**
 * The overview and the partners' report as PDF, when content negotiation chooses {@code application/pdf}: in the
 * language of {@code Accept-Language}, naming the filter the request asked for (already validated: the resource
 * method answered).
 */
@Provider
@Produces(ReportMedia.PDF)
public class PdfReportWriter extends ReportFileWriter {

    /** The query parameters that narrow a report, in the order the pack names them. */
    private static final List<String> FILTERS = List.of("period", "from", "to", "phase", "partnerCode", "year");

    public PdfReportWriter() {
        super("pdf");
    }

    @Override
    protected boolean writes(Class<?> type) {
        return type == ReportService.Overview.class || type == PartnerRows.class;
    }

    @Override
    protected byte[] write(Object report, Locale language, MultivaluedMap<String, Object> headers) {
        ReportLabels labels = ReportLabels.in(language);
        headers.putSingle("Content-Language", labels.language().toLanguageTag());
        return report instanceof PartnerRows partners ? ReportPack.partners(partners, filter(), labels)
                : ReportPack.overview((ReportService.Overview) report, filter(), labels);
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
