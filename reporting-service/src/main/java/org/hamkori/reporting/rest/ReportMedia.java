package org.hamkori.reporting.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import org.hamkori.kit.rest.Csv;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The forms a report takes, chosen by content negotiation ({@code Accept}, or {@code ?format=} through
 * {@link FormatParameter}): JSON, CSV ({@link CsvReportWriter}) and, for the donor report pack, PDF
 * ({@code rest.pdf.PdfReportWriter}). Every report says how fresh it is: {@code lastEventAt} in its body and as
 * {@code Last-Modified}.
 */
public final class ReportMedia {

    public static final String CSV = Csv.MEDIA_TYPE;
    public static final String CSV_UTF8 = CSV + "; charset=UTF-8";
    public static final String PDF = "application/pdf";
    /** How the {@code format} query parameter is documented: on every report, and on those offered as PDF. */
    public static final String FORMATS = "json or csv, instead of Accept";
    public static final String FORMATS_WITH_PDF = "json, csv or pdf, instead of Accept";

    private ReportMedia() {
    }

    /** The language of {@code Accept-Language} for names and labels (en, ru, tg; English otherwise). */
    public static Locale language(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.ENGLISH);
    }

    /**
     * A download named after the report: its path after {@code /reports/} with dashes, and the period asked for
     * ({@code partners-SAFERWORLD-2021Q2.pdf}).
     */
    public static String attachment(UriInfo uri, String extension) {
        String name = uri.getPath().replaceFirst("^/?reports/?", "").replace('/', '-');
        String period = uri.getQueryParameters().getFirst("period");
        if (period != null && !period.isBlank()) {
            name += "-" + period.trim();
        }
        return "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension + "\"";
    }

    /** {@code report} in the form negotiated, with {@code Last-Modified} at its newest event. */
    public static <T> RestResponse<T> fresh(T report, Instant lastEventAt) {
        RestResponse.ResponseBuilder<T> answer = RestResponse.ResponseBuilder.ok(report);
        return (lastEventAt == null ? answer : answer.lastModified(Date.from(lastEventAt))).build();
    }
}
