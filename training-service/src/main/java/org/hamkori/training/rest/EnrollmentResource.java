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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.rest.IdempotentCreation;
import org.hamkori.kit.rest.IdOf;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.rest.Versions;
import org.hamkori.training.Enrollment;
import org.hamkori.training.Session;
import org.hamkori.training.Trainee;
import org.hamkori.training.repository.EnrollmentRepository;
import org.hamkori.training.repository.TraineeRepository;
import org.hamkori.training.rest.TrainingRequests.EnrollmentForm;
import org.hamkori.training.service.SessionService;

/**
 * A session's enrolments name trainees: like trainees, they are for trainers and admins only, and reading them is
 * recorded (SPEC §11).
 */
@Path("/sessions/{sessionId}/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
@RolesAllowed("${hamkori.access.trainees}")
public class EnrollmentResource {

    @Inject
    SessionService sessions;

    @Inject
    EnrollmentRepository enrollments;

    @Inject
    TraineeRepository trainees;

    @Inject
    IdempotentCreation idempotency;

    @POST
    @Operation(summary = "Enrol a trainee in a scheduled session that has a free place")
    public Response enroll(@PathParam("sessionId") @IdOf("Session") UUID session, @NotNull @Valid EnrollmentForm form,
            @HeaderParam(IdempotentCreation.HEADER) String key) {
        return idempotency.create("enrollment:" + session, key, form, () -> {
            Enrollment enrollment = sessions.enroll(session, form.traineeId());
            return idempotency.createdAt(enrollment.traineeId,
                    EnrollmentView.of(session, enrollment, trainees.findById(enrollment.traineeId)),
                    enrollment.session.version);
        });
    }

    @GET
    @Operation(summary = "The session's enrolments with their results")
    public Page<EnrollmentView> list(@PathParam("sessionId") @IdOf("Session") UUID sessionId,
            @BeanParam PageRequest pageRequest) {
        Session found = sessions.get(sessionId);
        sessions.personalDataRead(found);
        UUID session = found.id;
        Page<Enrollment> page = Page.of(enrollments.ofSession(session), pageRequest.validated(), e -> e);
        Map<UUID, Trainee> enrolled = trainees.byIds(page.items().stream().map(e -> e.traineeId).toList());
        return page.map(e -> EnrollmentView.of(session, e, enrolled.get(e.traineeId)));
    }

    @GET
    @Path("/{traineeId}")
    @Operation(summary = "One trainee's enrolment in the session and their result")
    public Response get(@PathParam("sessionId") @IdOf("Session") UUID session,
            @PathParam("traineeId") @IdOf("Enrolment") UUID trainee) {
        sessions.personalDataRead(sessions.get(session));
        Enrollment enrollment = enrollments.find(session, trainee)
                .orElseThrow(() -> ProblemException.notFound("Enrolment of trainee " + trainee + " in session", session));
        return Versions.ok(EnrollmentView.of(session, enrollment, trainees.findById(trainee)),
                enrollment.session.version);
    }
}
