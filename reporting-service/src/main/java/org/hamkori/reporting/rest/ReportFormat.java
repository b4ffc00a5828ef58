package org.hamkori.reporting.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.rest.Csv;

/**
 * JSON or CSV, chosen by {@code ?format=json|csv} or else by the first of JSON and CSV that {@code Accept} names.
 * Every report says how fresh it is: {@code lastEventAt} in its body (JSON) and as {@code Last-Modified}.
 */
public enum ReportFormat {
    JSON, CSV;

    public static final String CSV_UTF8 = Csv.MEDIA_TYPE + "; charset=UTF-8";
    private static final MediaType CSV_TYPE = MediaType.valueOf(Csv.MEDIA_TYPE);

    public static ReportFormat of(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "csv" -> CSV;
                default -> throw ProblemException.invalidField("format", "must be json or csv");
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType()) {
                return JSON;
            }
            if (CSV_TYPE.isCompatible(accepted)) {
                return CSV;
            }
            if (MediaType.APPLICATION_JSON_TYPE.isCompatible(accepted)) {
                return JSON;
            }
        }
        return JSON;
    }

    /** The language of {@code Accept-Language} for the names of regions and districts (en, ru, tg; English otherwise). */
    public static Locale language(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.ENGLISH);
    }

    public static Response json(Object body, Instant lastEventAt) {
        return fresh(Response.ok(body, MediaType.APPLICATION_JSON_TYPE), lastEventAt).build();
    }

    /** {@code name} becomes the download's file name, {@code name.csv}. */
    public static Response csv(Csv table, String name, Instant lastEventAt) {
        return fresh(Response.ok(table.toString(), CSV_UTF8), lastEventAt)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .build();
    }

    private static Response.ResponseBuilder fresh(Response.ResponseBuilder response, Instant lastEventAt) {
        return lastEventAt == null ? response : response.lastModified(Date.from(lastEventAt));
    }
}
