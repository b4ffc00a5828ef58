package org.hamkori.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.audit.AuditEntry;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.rest.IdempotentCreation;
import org.hamkori.kit.rest.IdOf;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.rest.QueryParams;
import org.hamkori.kit.rest.Versions;
import org.hamkori.kit.security.PersonalData;
import org.hamkori.training.ResultLine;
import org.hamkori.training.Session;
import org.hamkori.training.SessionStatus;
import org.hamkori.training.repository.SessionRepository;
import org.hamkori.training.rest.TrainingRequests.ResultsForm;
import org.hamkori.training.rest.TrainingRequests.SessionForm;
import org.hamkori.training.service.SessionService;

@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
@RolesAllowed("${hamkori.access.read}")
public class SessionResource {

    @Inject
    SessionService service;

    @Inject
    SessionRepository sessions;

    @Inject
    IdempotentCreation idempotency;

    @Inject
    PersonalData personalData;

    @POST
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Schedule a session of a course, at an open centre or in a district")
    public Response schedule(@NotNull @Valid SessionForm form, @HeaderParam(IdempotentCreation.HEADER) String key) {
        return idempotency.create("session", key, form, () -> {
            Session session = service.schedule(form.toPlan());
            return idempotency.createdAt(session.id,
                    SessionView.of(session, true), session.version);
        });
    }

    @GET
    @Operation(summary = "List sessions by course, place, partner, centre, status and period (from/to: held at least partly within)")
    public Page<SessionView> list(@QueryParam("courseCode") String courseCode,
            @QueryParam("regionCode") String regionCode, @QueryParam("districtCode") String districtCode,
            @QueryParam("partnerCode") String partnerCode, @QueryParam("centerId") String centerId,
            @QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to,
            @BeanParam PageRequest pageRequest) {
        LocalDate fromDate = QueryParams.date("from", from);
        LocalDate toDate = QueryParams.date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw ProblemException.invalidField("to", "must not be before from " + fromDate);
        }
        var filter = new SessionRepository.Filter(QueryParams.text(courseCode),
                QueryParams.regionCode("regionCode", regionCode), QueryParams.districtCode("districtCode", districtCode),
                QueryParams.text(partnerCode), QueryParams.uuid("centerId", centerId),
                QueryParams.enumValue("status", status, SessionStatus.class), fromDate, toDate,
                service.listedRegions());
        boolean withPersonalData = personalData.readable();
        return Page.of(sessions.search(filter), pageRequest.validated(), s -> SessionView.of(s, withPersonalData));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A session, with its version as ETag")
    public Response get(@PathParam("id") @IdOf("Session") UUID id) {
        return respond(service.get(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed("${hamkori.access.history}")
    @Operation(summary = "Who scheduled the session, enrolled its trainees and recorded its results, when and how (fields"
            + " before and after, personal values masked for roles that may not read them), newest first")
    public Page<AuditEntry> history(@PathParam("id") @IdOf("Session") UUID id, @BeanParam PageRequest pageRequest) {
        return service.history(id, pageRequest);
    }

    @POST
    @Path("/{id}/results")
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Record the results (If-Match): completes the session and certifies those who pass; only the"
            + " session's trainers (by user name) and admin")
    public Response results(@BeanParam SessionTarget session, @NotNull @Valid ResultsForm form) {
        if (form.results().size() > AttendanceSheet.MAX_ROWS) {
            throw ProblemException.tooLarge(form.results().size() + " results; at most " + AttendanceSheet.MAX_ROWS
                    + " are accepted at once");
        }
        return record(session, form.completedOn(), form.lines());
    }

    @POST
    @Path("/{id}/attendance-sheet")
    @Consumes(AttendanceSheet.MEDIA_TYPE)
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Record the results from a CSV sheet (traineeId,attendedHours,score); any bad row rejects the"
            + " sheet; only the session's trainers (by user name) and admin")
    public Response attendanceSheet(@BeanParam SessionTarget session, @QueryParam("completedOn") String completedOn,
            String sheet) {
        LocalDate completed = QueryParams.date("completedOn", completedOn);
        if (completed != null && completed.isAfter(LocalDate.now())) {
            throw ProblemException.invalidField("completedOn", "must be a date in the past or in the present");
        }
        return record(session, completed, AttendanceSheet.read(sheet));
    }

    private Response record(SessionTarget session, LocalDate completedOn, List<ResultLine> lines) {
        LocalDate completed = completedOn == null ? LocalDate.now() : completedOn;
        return respond(service.recordResults(session.id(), session.expectedVersion(), completed, lines));
    }

    private Response respond(Session session) {
        return Versions.ok(SessionView.of(session, personalData.readable()), session.version);
    }
}
