package org.hamkori.reporting.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamkori.kit.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code ?format=json|csv|pdf} on a report stands for its {@code Accept} header (a link a browser follows cannot set
 * one), so content negotiation alone chooses the writer; any other value is a 400 naming {@code format}.
 */
public class FormatParameter {

    private static final Map<String, String> MEDIA_TYPES = Map.of("json", MediaType.APPLICATION_JSON,
            "csv", ReportMedia.CSV, "pdf", ReportMedia.PDF);

    @ServerRequestFilter(preMatching = true)
    public void acceptAsFormatSays(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/reports")) {
            return;
        }
        List<String> formats = request.getUriInfo().getQueryParameters().get("format");
        if (formats == null || formats.isEmpty() || formats.get(0).isBlank()) {
            return;
        }
        String mediaType = MEDIA_TYPES.get(formats.get(0).trim().toLowerCase(Locale.ROOT));
        if (mediaType == null) {
            throw ProblemException.invalidField("format", "must be json, csv or pdf");
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, mediaType);
    }
}
