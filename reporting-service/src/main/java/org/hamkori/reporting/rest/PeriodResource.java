package org.hamkori.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.reporting.repository.ApprovalRepository.LateEvent;
import org.hamkori.reporting.service.ApprovalService;
import org.hamkori.reporting.service.ReportService;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Approved periods (SPEC §7): the admin approves a period that is over, freezing its figures; the drift shows every
 * figure that changed since and the events published since about records dated up to the period's end.
 */
@Path("/reports/periods/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class PeriodResource {

    @Inject
    ApprovalService approvals;

    /** The drift as JSON, with the freshness of the figures it compares. */
    public record DriftReport(String period, LocalDate from, LocalDate to, Instant approvedAt,
            List<ApprovalService.FigureDrift> figures, List<LateEvent> events, Instant asOf, Instant lastEventAt) {
    }

    @POST
    @Path("/approval")
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
    @Path("/drift")
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
}
