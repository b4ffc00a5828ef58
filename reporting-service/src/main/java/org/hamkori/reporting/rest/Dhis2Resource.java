package org.hamkori.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.rest.Csv;
import org.hamkori.kit.rest.QueryParams;
import org.hamkori.reporting.ProgrammeCalendar;
import org.hamkori.reporting.dhis2.Dhis2Export;
import org.hamkori.reporting.service.ReportService;

/** The year's figures for DHIS2 (mapping in the README, "DHIS2 export"): import with {@code idScheme=CODE}. */
@Path("/reports/export/dhis2")
@Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
@Tag(name = "Reports")
@RolesAllowed("${hamkori.access.export}")
public class Dhis2Resource {

    @Inject
    Dhis2Export export;

    @Inject
    ProgrammeCalendar calendar;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "A DHIS2 dataValueSets document of a year's figures (JSON, or DHIS2's CSV layout)")
    @APIResponse(responseCode = "200", description = "Codes as in the README's DHIS2 mapping; import with idScheme=CODE",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Dhis2Export.DataValueSet.class)),
                    @Content(mediaType = Csv.MEDIA_TYPE)})
    public Response export(
            @Parameter(description = "The period; the current year when absent") @QueryParam("year") String year,
            @Parameter(description = "district (default) or region") @QueryParam("level") String level,
            @QueryParam("format") String format) {
        ReportFormat as = ReportFormat.of(format, headers);
        Year current = calendar.currentYear();
        Year period = ReportParams.year("year", year, current);
        if (period.isAfter(current)) {
            throw ProblemException.invalidField("year", "must not be after the current year " + current);
        }
        Dhis2Export.Level orgUnits = QueryParams.enumValue("level", level == null ? null : level.trim().toUpperCase(),
                Dhis2Export.Level.class);
        ReportService.Snapshot<Dhis2Export.DataValueSet> snapshot =
                export.export(period, orgUnits == null ? Dhis2Export.Level.DISTRICT : orgUnits);
        if (as == ReportFormat.JSON) {
            return ReportFormat.json(snapshot.figures(), snapshot.lastEventAt());
        }
        Csv csv = new Csv(List.of("dataelement", "period", "orgunit", "categoryoptioncombo", "attributeoptioncombo",
                "value"));
        snapshot.figures().dataValues().forEach(v -> csv.row(v.dataElement(), v.period(), v.orgUnit(),
                v.categoryOptionCombo(), null, v.value()));
        return ReportFormat.csv(csv, "dhis2-" + period, snapshot.lastEventAt());
    }
}
