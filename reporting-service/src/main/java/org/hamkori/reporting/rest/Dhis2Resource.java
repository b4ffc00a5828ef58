package org.hamkori.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.rest.QueryParams;
import org.hamkori.reporting.ProgrammeCalendar;
import org.hamkori.reporting.Window;
import org.hamkori.reporting.dhis2.Dhis2Export;
import org.hamkori.reporting.service.ReportService;
import org.jboss.resteasy.reactive.RestResponse;

/** A period's figures for DHIS2 (mapping in the README, "DHIS2 export"): import with {@code idScheme=CODE}. */
@Path("/reports/export/dhis2")
@Produces({MediaType.APPLICATION_JSON, ReportMedia.CSV})
@Tag(name = "Reports")
@RolesAllowed("${hamkori.access.export}")
public class Dhis2Resource {

    /** DHIS2's own month format, {@code 202106}. */
    private static final Pattern DHIS2_MONTH = Pattern.compile("(\\d{4})(\\d{2})");

    @Inject
    Dhis2Export export;

    @Inject
    ProgrammeCalendar calendar;

    @GET
    @Operation(summary = "A DHIS2 dataValueSets document of a year's, quarter's or month's figures, partner by partner"
            + " as attribute option combinations (JSON, or DHIS2's CSV layout)")
    @APIResponse(responseCode = "200", description = "Codes as in the README's DHIS2 mapping; import with idScheme=CODE",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Dhis2Export.DataValueSet.class)),
                    @Content(mediaType = ReportMedia.CSV)})
    @Parameter(name = "format", in = ParameterIn.QUERY, description = ReportMedia.FORMATS,
            schema = @Schema(type = SchemaType.STRING))
    public RestResponse<Dhis2Export.DataValueSet> export(
            @Parameter(description = "A year (2021), quarter (2021Q2) or month (2021-06 or 202106); the current year"
                    + " when absent") @QueryParam("period") String period,
            @Parameter(description = "The period as a year; instead of period") @QueryParam("year") String year,
            @Parameter(description = "district (default) or region") @QueryParam("level") String level) {
        Dhis2Export.Period asked = period(QueryParams.text(period), year);
        Dhis2Export.Level orgUnits = QueryParams.enumValue("level", level == null ? null : level.trim().toUpperCase(),
                Dhis2Export.Level.class);
        ReportService.Snapshot<Dhis2Export.DataValueSet> snapshot =
                export.export(asked, orgUnits == null ? Dhis2Export.Level.DISTRICT : orgUnits);
        return ReportMedia.fresh(snapshot.figures(), snapshot.lastEventAt());
    }

    /**
     * The period asked for, in DHIS2's format ({@code 2021}, {@code 2021Q2}, {@code 202106}): by {@code period}, or
     * {@code year}, or the current year; one that starts after today is a 400.
     */
    private Dhis2Export.Period period(String period, String year) {
        Year current = calendar.currentYear();
        if (period != null && year != null) {
            throw ProblemException.invalidField("period", "give a period or a year, not both");
        }
        String text = period != null ? period : ReportParams.year("year", year, current).toString();
        String field = period != null ? "period" : "year";
        Matcher dhis2Month = DHIS2_MONTH.matcher(text);
        String dashed = dhis2Month.matches() ? dhis2Month.group(1) + "-" + dhis2Month.group(2) : text;
        Window window = FilterParams.period(dashed);
        if (window.from().isAfter(calendar.today())) {
            throw ProblemException.invalidField(field, "must not be after the current " + (period == null ? "year "
                    + current : "period"));
        }
        return new Dhis2Export.Period(dashed.replace("-", ""), window);
    }
}
