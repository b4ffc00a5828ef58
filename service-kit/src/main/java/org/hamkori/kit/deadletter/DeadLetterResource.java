package org.hamkori.kit.deadletter;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.rest.QueryParams;
import org.hamkori.kit.security.Roles;

/** The service's dead letters: what its consumers could not apply and why, and their re-drive. */
@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMIN)
@IfBuildProperty(name = DeadLetterConsumer.ENABLED, stringValue = "true")
public class DeadLetterResource {

    @Inject
    DeadLetterRepository deadLetters;

    @Inject
    DeadLetterRedrive redrive;

    @GET
    @Operation(summary = "Records the consumers dead-lettered, newest first, with the reason, where they were and the"
            + " outcome of their last re-drive")
    public Page<DeadLetter> list(@QueryParam("topic") String topic, @BeanParam PageRequest pageRequest) {
        PageRequest page = pageRequest.validated();
        String only = QueryParams.text(topic);
        return QuarkusTransaction.requiringNew().call(() -> new Page<>(deadLetters.find(only, page.page(), page.size()),
                page.page(), page.size(), deadLetters.count(only)));
    }

    @POST
    @Path("/{id}/redrive")
    @Operation(summary = "Applies the dead-lettered record again through the live consumer's inbox, once its cause is"
            + " fixed: APPLIED, DUPLICATE (applied before) or REJECTED with the reason; the dead letter keeps the outcome")
    public DeadLetterRedrive.Redriven redrive(@PathParam("id") String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw org.hamkori.kit.problem.ProblemException.notFound("Dead letter", id);
        }
        return redrive.redrive(number);
    }
}
