package org.hamkori.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.rest.QueryParams;
import org.hamkori.kit.validation.ProgrammeDates;
import org.hamkori.reporting.Window;
import org.hamkori.reporting.repository.ApprovalRepository.LateEvent;
import org.hamkori.reporting.service.ApprovalService;
import org.hamkori.reporting.service.ReportService;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Approved periods (SPEC §7): the admin approves a period that is over, freezing its figures; the drift shows every
 * figure that changed since and the events published since about records dated up to the period's end; the list of
 * approved periods lets data entry (coordinators and trainers too) warn about a date in one.
 */
@Path("/reports/periods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class PeriodResource {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    @Inject
    ApprovalService approvals;

    /** The drift as JSON, with the freshness of the figures it compares. */
    public record DriftReport(String period, LocalDate from, LocalDate to, Instant approvedAt,
            List<ApprovalService.FigureDrift> figures, List<LateEvent> events, Instant asOf, Instant lastEventAt) {
    }

    /** The approved periods, unpaged: a year has at most 17 (itself, 4 quarters, 12 months). */
    public record ApprovedPeriods(List<ApprovalService.PeriodApproval> items) {
    }

    @GET
    @Path("/approvals")
    @RolesAllowed("${hamkori.access.approved-periods}")
    @Operation(summary = "The approved periods, of one year or of every year: which days each covers and when it was"
            + " approved, so that data entry can warn that a date's figures were reported already. Not paged: a year"
            + " has at most 17 periods (itself, its quarters and months), the programme some 40 years")
    @APIResponse(responseCode = "200", description = "By first day, a longer period first (2021, 2021Q1, 2021-01)",
            content = @Content(schema = @Schema(implementation = ApprovedPeriods.class)))
    public ApprovedPeriods approvals(@Parameter(description = "Only the periods of this year (2021); all when absent")
            @QueryParam("year") String year) {
        return new ApprovedPeriods(approvals.approvedWithin(daysOf(year)));
    }

    @POST
    @Path("/{period}/approval")
    @RolesAllowed("${hamkori.access.admin}")
    @Operation(summary = "Approve a period that is over, freezing every figure of it; idempotent: a period approved"
            + " already stays as approved (200)")
    @APIResponse(responseCode = "201", description = "Approved now",
            content = @Content(schema = @Schema(implementation = ApprovalService.Approval.class)))
    @APIResponse(responseCode = "200", description = "Approved before; nothing changed",
            content = @Content(schema = @Schema(implementation = ApprovalService.Approval.class)))
    public Response approve(@Parameter(description = "A year (2021), quarter (2021Q2) or month (2021-06)")
            @PathParam("period") String period) {
        ApprovalService.Approved approved = approvals.approve(period, FilterParams.period(period));
        return approved.made()
                ? Response.created(URI.create("/reports/periods/" + period + "/drift")).entity(approved.approval()).build()
                : Response.ok(approved.approval()).build();
    }

    @GET
    @Path("/{period}/drift")
    @RolesAllowed("${hamkori.access.export}")
    @Operation(summary = "Every figure of an approved period that changed since its approval (approved and current"
            + " value), and the events published since about records dated up to the period's end; 404 for a period"
            + " not approved")
    @APIResponse(responseCode = "200", description = "The drift; empty lists when nothing changed",
            content = @Content(schema = @Schema(implementation = DriftReport.class)))
    public RestResponse<DriftReport> drift(@PathParam("period") String period) {
        FilterParams.period(period);
        ReportService.Snapshot<ApprovalService.Drift> snapshot = approvals.drift(period);
        ApprovalService.Drift drift = snapshot.figures();
        return ReportMedia.fresh(new DriftReport(drift.period(), drift.from(), drift.to(), drift.approvedAt(),
                drift.figures(), drift.events(), snapshot.asOf(), snapshot.lastEventAt()), snapshot.lastEventAt());
    }

    /** The days of {@code year} (every day when absent); a year that is not one of the programme's is a 400. */
    private static Window daysOf(String year) {
        String text = QueryParams.text(year);
        if (text == null) {
            return Window.ALL;
        }
        int first = ProgrammeDates.EARLIEST.getYear();
        int last = ProgrammeDates.latest().getYear();
        if (!YEAR.matcher(text).matches() || Integer.parseInt(text) < first || Integer.parseInt(text) > last) {
            throw ProblemException.invalidField("year", "must be a year from " + first + " to " + last);
        }
        Year asked = Year.parse(text);
        return new Window(asked.atDay(1), asked.atMonth(12).atEndOfMonth());
    }
}
