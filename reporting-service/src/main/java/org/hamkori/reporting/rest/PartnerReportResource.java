package org.hamkori.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.reporting.Figures;
import org.hamkori.reporting.ReportFilter;
import org.hamkori.reporting.Sections;
import org.hamkori.reporting.Window;
import org.hamkori.reporting.service.ReportService;
import org.hamkori.reporting.service.ReportService.PartnerFigures;
import org.hamkori.reporting.service.ReportService.Snapshot;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Whose results (SPEC §7): each partner organisation's figures, attributed as {@link ReportFilter} says, beside the
 * programme's. A partner reads its own organisation's row and the programme's totals ({@link PartnerScope}). As JSON,
 * CSV or PDF (the donor report pack), chosen by content negotiation.
 */
@Path("/reports/partners")
@Produces({MediaType.APPLICATION_JSON, ReportMedia.CSV, ReportMedia.PDF})
@Tag(name = "Reports")
@RolesAllowed("${hamkori.access.reports}")
public class PartnerReportResource {

    @Inject
    ReportService reports;

    @Inject
    PartnerScope scope;

    /**
     * A partner's figures, or the programme's ({@code partnerCode} null): the overview's sections, counted over the
     * records attributed to it (centres built: {@code centers.newBuild}, renovated: {@code centers.renovated}; groups
     * formed: {@code groups.active} + {@code groups.dissolved}).
     */
    public record PartnerRow(String partnerCode, Sections.Centers centers, Sections.Groups groups,
            Sections.Meetings meetings, Sections.Issues issues, Sections.Training training) {

        static PartnerRow of(PartnerFigures figures) {
            Figures f = figures.figures();
            return new PartnerRow(figures.partnerCode(), Sections.Centers.of(f), Sections.Groups.of(f),
                    Sections.Meetings.of(f), Sections.Issues.of(f), Sections.Training.of(f));
        }
    }

    /** The partners' rows the caller may read, sorted by code, and the programme's totals of the same dates. */
    public record PartnerRows(LocalDate from, LocalDate to, List<PartnerRow> rows, PartnerRow programme, Instant asOf,
            Instant lastEventAt) {
    }

    @GET
    @Operation(summary = "Each partner organisation's figures and the programme's, for a period or phase; a partner"
            + " reads its own organisation's row and the programme's totals")
    @APIResponse(responseCode = "200", description = "As JSON, as CSV (partnerCode, empty for the programme, and one"
            + " column per indicator) or as PDF (the donor report pack, labels in the language of Accept-Language)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerRows.class)),
                    @Content(mediaType = ReportMedia.CSV), @Content(mediaType = ReportMedia.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Parameter(name = "format", in = ParameterIn.QUERY, description = ReportMedia.FORMATS_WITH_PDF,
            schema = @Schema(type = SchemaType.STRING))
    public RestResponse<PartnerRows> partners(@BeanParam FilterParams filters) {
        Window window = window(filters);
        List<String> readable = reports.partners().figures().stream().filter(scope::mayRead).toList();
        return answer(window, reports.byPartner(readable, window));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One partner organisation's figures beside the programme's, for a period or phase")
    @APIResponse(responseCode = "200", description = "As JSON (one row), as CSV or as PDF",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerRows.class)),
                    @Content(mediaType = ReportMedia.CSV), @Content(mediaType = ReportMedia.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Parameter(name = "format", in = ParameterIn.QUERY, description = ReportMedia.FORMATS_WITH_PDF,
            schema = @Schema(type = SchemaType.STRING))
    public RestResponse<PartnerRows> partner(@PathParam("code") String code, @BeanParam FilterParams filters) {
        Window window = window(filters);
        scope.requireMayRead(code);
        if (!reports.partners().figures().contains(code)) {
            throw ProblemException.notFound("Partner", code);
        }
        return answer(window, reports.byPartner(List.of(code), window));
    }

    /** The dates asked for; the partner is the path's or every partner, so {@code partnerCode} is refused. */
    private static Window window(FilterParams filters) {
        if (filters.partnerCode() != null) {
            throw ProblemException.invalidField("partnerCode", "this report is by partner already: leave it out, or"
                    + " ask for GET /reports/partners/{code}");
        }
        return filters.filter().window();
    }

    private static RestResponse<PartnerRows> answer(Window window, Snapshot<List<PartnerFigures>> snapshot) {
        List<PartnerFigures> figures = snapshot.figures();
        List<PartnerRow> rows = figures.subList(0, figures.size() - 1).stream().map(PartnerRow::of).toList();
        PartnerRow programme = PartnerRow.of(figures.get(figures.size() - 1));
        return ReportMedia.fresh(new PartnerRows(window.from().equals(Window.ALL.from()) ? null : window.from(),
                window.to().equals(Window.ALL.to()) ? null : window.to(), rows, programme, snapshot.asOf(),
                snapshot.lastEventAt()), snapshot.lastEventAt());
    }
}
