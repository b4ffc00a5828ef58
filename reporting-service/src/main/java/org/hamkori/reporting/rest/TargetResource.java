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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Year;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.rest.Csv;
import org.hamkori.kit.rest.Versions;
import org.hamkori.reporting.service.TargetService;

/**
 * Programme targets per indicator (a figure of {@code /reports/overview}, e.g. {@code centers.open}) and year,
 * kept as one document with a version: read it, change it, put it back with {@code If-Match}.
 */
@Path("/reports/targets")
@Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
@Tag(name = "Reports")
@RolesAllowed("${hamkori.access.reports}")
public class TargetResource {

    @Inject
    TargetService targets;

    @Context
    HttpHeaders headers;

    public record TargetForm(@NotBlank String indicator,
            @NotNull @Min(ReportParams.FIRST_YEAR) @Max(ReportParams.LAST_YEAR) Integer year,
            @NotNull @PositiveOrZero Long target) {
    }

    public record TargetsForm(@NotNull List<@NotNull @Valid TargetForm> items) {
    }

    @GET
    @Operation(summary = "The targets, of one year or all; the set's version as ETag")
    @APIResponse(responseCode = "200", description = "As JSON, or as CSV: indicator,year,target",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TargetService.TargetSet.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE)})
    public Response find(@QueryParam("year") String year, @QueryParam("format") String format) {
        ReportFormat as = ReportFormat.of(format, headers);
        Year only = ReportParams.year("year", year, null);
        TargetService.TargetSet set = targets.find(only == null ? null : only.getValue());
        if (as == ReportFormat.JSON) {
            return Versions.ok(set, set.version());
        }
        Csv csv = new Csv(List.of("indicator", "year", "target"));
        set.items().forEach(t -> csv.row(t.indicator(), t.year(), t.target()));
        return Response.fromResponse(ReportFormat.csv(csv, "targets", null)).tag(Versions.etag(set.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("${hamkori.access.admin}")
    @Operation(summary = "Replace every target (If-Match with the version read)")
    @APIResponse(responseCode = "200", description = "The targets as they are now",
            content = @Content(schema = @Schema(implementation = TargetService.TargetSet.class)))
    public Response replace(@NotNull @Valid TargetsForm form, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        List<TargetService.TargetItem> items = form.items().stream()
                .map(t -> new TargetService.TargetItem(t.indicator().trim(), t.year(), t.target())).toList();
        TargetService.TargetSet set = targets.replace(items, Versions.expected(ifMatch));
        return Versions.ok(set, set.version());
    }
}
