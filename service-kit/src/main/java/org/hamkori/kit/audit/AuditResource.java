package org.hamkori.kit.audit;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.rest.Csv;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.rest.QueryParams;
import org.hamkori.kit.security.Roles;
import org.hamkori.kit.validation.ProgrammeDates;

/**
 * {@code GET /admin/audit} (SPEC §11): the service's audit trail for admin, as JSON pages or as CSV
 * ({@code Accept: text/csv} or {@code ?format=csv}: every matching entry up to {@value #CSV_ROWS}, newest first).
 * A service serves it once it lists the operation in its authorization matrix: {@code hamkori.admin.audit.enabled=true}.
 */
@Path("/admin/audit")
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMIN)
@IfBuildProperty(name = AuditResource.ENABLED, stringValue = "true")
public class AuditResource {

    public static final String ENABLED = "hamkori.admin.audit.enabled";

    static final int CSV_ROWS = 10_000;

    @Inject
    AuditTrail audit;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "The audit trail: who changed what and when, filtered by actor, aggregate, id, time "
            + "and request (from inclusive, to exclusive; a date means its whole day); JSON pages, or CSV")
    public Response search(@QueryParam("actor") String actor, @QueryParam("aggregate") String aggregate,
            @QueryParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("requestId") String requestId, @QueryParam("format") String format, @BeanParam PageRequest pageRequest) {
        AuditQuery query = new AuditQuery(QueryParams.text(actor), QueryParams.text(aggregate), QueryParams.text(id),
                instant("from", from, false), instant("to", to, true),
                QueryParams.text(requestId));
        if (wantsCsv(format)) {
            return Response.ok(csv(audit.find(query, 0, CSV_ROWS)), Csv.MEDIA_TYPE + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
        }
        PageRequest page = pageRequest.validated();
        List<AuditEntry> entries = audit.find(query, (long) page.page() * page.size(), page.size());
        return Response.ok(new Page<>(entries, page.page(), page.size(), audit.count(query)),
                MediaType.APPLICATION_JSON).build();
    }

    private boolean wantsCsv(String format) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ProblemException.invalidField("format", "must be csv or json");
            };
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && accepted.get(0).isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE))
                && !accepted.get(0).isWildcardType();
    }

    private static String csv(List<AuditEntry> entries) {
        Csv csv = new Csv(List.of("at", "actor", "role", "aggregate", "id", "version", "action", "changes",
                "personalFields", "eventId", "requestId"));
        for (AuditEntry entry : entries) {
            csv.row(entry.at(), entry.actor(), entry.role(), entry.aggregate(), entry.id(), entry.version(),
                    entry.action(), changes(entry), String.join(" ", entry.personalFields()), entry.eventId(),
                    entry.requestId());
        }
        return csv.toString();
    }

    /** {@code field: before → after; …}, readable in one cell. */
    private static String changes(AuditEntry entry) {
        StringBuilder text = new StringBuilder();
        entry.changes().forEach((field, values) -> {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(field).append(": ").append(values.get(0)).append(" → ").append(values.get(1));
        });
        return text.toString();
    }

    /** An ISO instant, or a date: its start, or for {@code to} the start of the next day (the whole day included). */
    private static Instant instant(String name, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            return withinProgramme(name, Instant.parse(text));
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(text);
                withinProgramme(name, day.atStartOfDay(ZoneOffset.UTC).toInstant());
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw ProblemException.invalidField(name, "must be an ISO date (2024-01-31) or instant "
                        + "(2024-01-31T08:00:00Z)");
            }
        }
    }

    /** A time the database can hold and the programme could have: far-off years are a 400, not a failed query. */
    private static Instant withinProgramme(String name, Instant instant) {
        if (!ProgrammeDates.contains(instant.atZone(ZoneOffset.UTC).toLocalDate())) {
            throw ProblemException.invalidField(name, ProgrammeDates.rule());
        }
        return instant;
    }
}
