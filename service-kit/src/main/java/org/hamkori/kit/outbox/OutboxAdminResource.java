package org.hamkori.kit.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.outbox.OutboxStore.ParkedEvent;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.security.Roles;

/** What the outbox relay could not publish, for operators. */
@Path("/admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMIN)
public class OutboxAdminResource {

    @Inject
    OutboxStore store;

    @GET
    @Path("/parked")
    @Operation(summary = "Events the relay can never publish as they are (too large, not serialisable, invalid topic),"
            + " oldest first, with the reason; their aggregates' later events were published after them")
    public Page<ParkedEvent> parked(@BeanParam PageRequest pageRequest) {
        PageRequest page = pageRequest.validated();
        return QuarkusTransaction.requiringNew().call(() -> new Page<>(store.parked(page.page(), page.size()),
                page.page(), page.size(), store.parkedCount()));
    }
}
