package org.hamkori.reporting.rest;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.reporting.Dimension;
import org.hamkori.reporting.Figures;
import org.hamkori.reporting.ProgrammeCalendar;
import org.hamkori.reporting.ReportFilter;
import org.hamkori.reporting.Window;
import org.hamkori.reporting.repository.CertificationRepository;
import org.hamkori.reporting.repository.IssueRepository;
import org.hamkori.reporting.service.ReportService.OverviewFigures;
import org.hamkori.reporting.service.ReportService.Snapshot;
import org.hamkori.reporting.service.ReportService;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The programme's figures, as JSON or CSV (content negotiation: {@link ReportMedia}), the overview as PDF too.
 * Aggregates only, no personal data: every role may read them.
 */
@Path("/reports")
@Produces({MediaType.APPLICATION_JSON, ReportMedia.CSV})
@Tag(name = "Reports")
@RolesAllowed("${hamkori.access.reports}")
public class ReportResource {

    @Inject
    ReportService reports;

    @Inject
    ProgrammeCalendar calendar;

    @Inject
    PartnerScope scope;

    @Context
    HttpHeaders headers;

    /** For the OpenAPI document: the JSON shapes of the regions and districts reports. */
    public record RegionRows(List<ReportService.RegionRow> rows, Instant asOf, Instant lastEventAt) {
    }

    public record DistrictRows(List<ReportService.DistrictRow> rows, Instant asOf, Instant lastEventAt) {
    }

    /** The certifications report as JSON: the dimensions asked for, then the rows. */
    public record CertificationCounts(List<String> groupBy, LocalDate from, LocalDate to,
            List<Map<String, Object>> rows, Instant asOf, Instant lastEventAt) {
    }

    static final List<String> CERTIFICATION_FIGURES = List.of("count");

    /**
     * The issue report as JSON: the dimensions asked for, then the rows, each with the dimensions' values and raised,
     * open, inProgress, resolved, referred, reopened, overdueActions, medianDaysToResolution, p90DaysToResolution.
     */
    public record IssueCounts(List<String> groupBy, LocalDate from, LocalDate to, List<Map<String, Object>> rows,
            Instant asOf, Instant lastEventAt) {
    }

    @GET
    @Path("/overview")
    @Produces({MediaType.APPLICATION_JSON, ReportMedia.CSV, ReportMedia.PDF})
    @Operation(summary = "The programme at a glance, with the targets of a year beside the actual figures")
    @APIResponse(responseCode = "200", description = "As JSON, as CSV (indicator,value,year,target,actual,percentage)"
            + " or as PDF (the donor report pack, labels in the language of Accept-Language)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportService.Overview.class)),
                    @Content(mediaType = ReportMedia.CSV), @Content(mediaType = ReportMedia.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Parameter(name = "format", in = ParameterIn.QUERY, description = ReportMedia.FORMATS_WITH_PDF,
            schema = @Schema(type = SchemaType.STRING))
    public RestResponse<ReportService.Overview> overview(
            @Parameter(description = "Year of the targets shown; the current year when absent") @QueryParam("year") String year,
            @BeanParam FilterParams filters) {
        Year targetsYear = ReportParams.year("year", year, calendar.currentYear());
        Snapshot<OverviewFigures> snapshot = reports.overview(targetsYear, filter(filters));
        return ReportMedia.fresh(ReportService.overview(snapshot), snapshot.lastEventAt());
    }

    @GET
    @Path("/regions")
    @Operation(summary = "Indicators per region, every region of the reference data")
    @APIResponse(responseCode = "200", description = "As JSON, or as CSV: regionCode,name and one column per indicator",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionRows.class)),
                    @Content(mediaType = ReportMedia.CSV)})
    @Parameter(name = "format", in = ParameterIn.QUERY, description = ReportMedia.FORMATS,
            schema = @Schema(type = SchemaType.STRING))
    public RestResponse<RegionRows> regions(@BeanParam FilterParams filters) {
        Snapshot<Map<String, Figures>> snapshot = reports.byRegion(filter(filters));
        ReportService.Rows<ReportService.RegionRow> rows = ReportService.regions(snapshot,
                ReportMedia.language(headers));
        return ReportMedia.fresh(new RegionRows(rows.rows(), rows.asOf(), rows.lastEventAt()), rows.lastEventAt());
    }

    @GET
    @Path("/districts")
    @Operation(summary = "Indicators per district, every district of the reference data")
    @APIResponse(responseCode = "200",
            description = "As JSON, or as CSV: regionCode,districtCode,name and one column per indicator",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DistrictRows.class)),
                    @Content(mediaType = ReportMedia.CSV)})
    @Parameter(name = "format", in = ParameterIn.QUERY, description = ReportMedia.FORMATS,
            schema = @Schema(type = SchemaType.STRING))
    public RestResponse<DistrictRows> districts(@BeanParam FilterParams filters) {
        Snapshot<Map<String, Figures>> snapshot = reports.byDistrict(filter(filters));
        ReportService.Rows<ReportService.DistrictRow> rows = ReportService.districts(snapshot,
                ReportMedia.language(headers));
        return ReportMedia.fresh(new DistrictRows(rows.rows(), rows.asOf(), rows.lastEventAt()), rows.lastEventAt());
    }

    @GET
    @Path("/certifications")
    @Operation(summary = "Valid certifications counted by any dimensions, in the order given, rows sorted by them")
    @APIResponse(responseCode = "200", description = "As JSON, or as CSV: the dimensions (with regionName and"
            + " districtName beside their codes) and count",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CertificationCounts.class)),
                    @Content(mediaType = ReportMedia.CSV)})
    @Parameter(name = "format", in = ParameterIn.QUERY, description = ReportMedia.FORMATS,
            schema = @Schema(type = SchemaType.STRING))
    public RestResponse<CertificationCounts> certifications(
            @Parameter(description = "Comma-separated, any of regionCode, districtCode, category, sex, ageBand,"
                    + " partnerCode, courseCode, month") @QueryParam("groupBy") List<String> groupBy,
            @BeanParam FilterParams filters) {
        List<Dimension> dimensions = GroupedReportQuery.dimensions(groupBy, Dimension.OF_CERTIFICATIONS);
        ReportFilter filter = filter(filters);
        LocalDate fromDate = from(filter);
        LocalDate toDate = to(filter);
        Snapshot<List<CertificationRepository.Row>> snapshot = reports.certifications(dimensions, fromDate, toDate,
                filter.partnerCode());
        List<GroupedReportQuery.Line> lines = snapshot.figures().stream()
                .map(row -> new GroupedReportQuery.Line(row.values(), List.of(row.count()))).toList();
        return ReportMedia.fresh(new CertificationCounts(parameters(dimensions), fromDate, toDate,
                GroupedReportQuery.json(dimensions, CERTIFICATION_FIGURES, lines), snapshot.asOf(),
                snapshot.lastEventAt()), snapshot.lastEventAt());
    }

    @GET
    @Path("/issues")
    @Operation(summary = "Safety issues by category, region, district and month raised: how many were raised, where"
            + " they stand, reopened, overdue actions, and the median and 90th percentile of days to resolution")
    @APIResponse(responseCode = "200", description = "As JSON, or as CSV: the dimensions (with regionName and"
            + " districtName beside their codes), raised, open, inProgress, resolved, referred, reopened,"
            + " overdueActions, medianDaysToResolution, p90DaysToResolution",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssueCounts.class)),
                    @Content(mediaType = ReportMedia.CSV)})
    @Parameter(name = "format", in = ParameterIn.QUERY, description = ReportMedia.FORMATS,
            schema = @Schema(type = SchemaType.STRING))
    public RestResponse<IssueCounts> issues(
            @Parameter(description = "Comma-separated, any of category, regionCode, districtCode, month (the month"
                    + " of the meeting that raised the issue)") @QueryParam("groupBy") List<String> groupBy,
            @BeanParam FilterParams filters) {
        List<Dimension> dimensions = GroupedReportQuery.dimensions(groupBy, Dimension.OF_ISSUES);
        ReportFilter filter = filter(filters);
        LocalDate fromDate = from(filter);
        LocalDate toDate = to(filter);
        Snapshot<List<IssueRepository.Row>> snapshot = reports.issues(dimensions, fromDate, toDate,
                filter.partnerCode());
        List<GroupedReportQuery.Line> lines = snapshot.figures().stream()
                .map(row -> new GroupedReportQuery.Line(row.values(), row.figures())).toList();
        return ReportMedia.fresh(new IssueCounts(parameters(dimensions), fromDate, toDate,
                GroupedReportQuery.json(dimensions, IssueRepository.Row.FIGURE_NAMES, lines), snapshot.asOf(),
                snapshot.lastEventAt()), snapshot.lastEventAt());
    }

    private static List<String> parameters(List<Dimension> dimensions) {
        return dimensions.stream().map(Dimension::parameter).toList();
    }

    /** The filter asked for, of a partner the caller may read and the programme knows. */
    private ReportFilter filter(FilterParams filters) {
        ReportFilter filter = filters.filter();
        scope.requireMayRead(filter.partnerCode());
        reports.requireKnownPartner(filter.partnerCode());
        return filter;
    }

    /** The filter's first day, null when it has none. */
    private static LocalDate from(ReportFilter filter) {
        return filter.window().from().equals(Window.ALL.from()) ? null : filter.window().from();
    }

    /** The filter's last day, null when it has none. */
    private static LocalDate to(ReportFilter filter) {
        return filter.window().to().equals(Window.ALL.to()) ? null : filter.window().to();
    }
}
