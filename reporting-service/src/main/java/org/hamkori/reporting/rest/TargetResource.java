package org.hamkori.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.rest.Versions;
import org.hamkori.reporting.ProgrammeTargets;
import org.hamkori.reporting.service.ReportService;
import org.hamkori.reporting.service.TargetService;

/**
 * Programme targets per indicator (a figure of {@code /reports/overview}, e.g. {@code centers.open}) and year,
 * kept as one document with a version: read it, change it, put it back with {@code If-Match}.
 */
@Path("/reports/targets")
@Produces({MediaType.APPLICATION_JSON, ReportMedia.CSV})
@Tag(name = "Reports")
@RolesAllowed("${hamkori.access.reports}")
public class TargetResource {

    @Inject
    TargetService targets;

    @Inject
    ReportService reports;

    /**
     * {@code kind} COUNT (the default) or SHARE; a SHARE's {@code target} is the percentage {@code indicator} makes of
     * {@code denominator}. {@code phase}, {@code partnerCode}, {@code regionCode}: only the records of those.
     */
    public record TargetForm(@NotBlank String indicator,
            @NotNull @Min(ReportParams.FIRST_YEAR) @Max(ReportParams.LAST_YEAR) Integer year,
            @NotNull @PositiveOrZero Long target, ProgrammeTargets.Kind kind, String denominator, String phase,
            String partnerCode, String regionCode) {
    }

    public record TargetsForm(@NotNull List<@NotNull @Valid TargetForm> items) {
    }

    @GET
    @Operation(summary = "The targets, of one year or all, each with its progress; the set's version as ETag")
    @APIResponse(responseCode = "200", description = "As JSON (items as put, progress beside them), or as CSV:"
            + " indicator,year,target,kind,denominator,phase,partnerCode,regionCode,actual,denominatorActual,share,"
            + "percentage",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TargetService.TargetSet.class)),
                    @Content(mediaType = ReportMedia.CSV)})
    @Parameter(name = "format", in = ParameterIn.QUERY, description = ReportMedia.FORMATS,
            schema = @Schema(type = SchemaType.STRING))
    public Response find(@QueryParam("year") String year) {
        Year only = ReportParams.year("year", year, null);
        TargetService.TargetSet set = reports.targets(only).figures();
        return Versions.ok(set, set.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("${hamkori.access.admin}")
    @Operation(summary = "Replace every target (If-Match with the version read); progress as GET gives it")
    @APIResponse(responseCode = "200", description = "The targets as they are now",
            content = @Content(schema = @Schema(implementation = TargetService.TargetSet.class)))
    public Response replace(@NotNull @Valid TargetsForm form, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        List<TargetService.TargetItem> items = form.items().stream()
                .map(t -> new TargetService.TargetItem(t.indicator().trim(), t.year(), t.target(), t.kind(),
                        trimmed(t.denominator()), trimmed(t.phase()), trimmed(t.partnerCode()), trimmed(t.regionCode())))
                .toList();
        TargetService.TargetSet set = targets.replace(items, Set.copyOf(reports.partners().figures()),
                Versions.expected(ifMatch));
        return Versions.ok(reports.targets(null).figures(), set.version());
    }

    /** An optional text as given, null when absent or blank. */
    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
