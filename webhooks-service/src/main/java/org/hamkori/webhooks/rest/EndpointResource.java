package org.hamkori.webhooks.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.rest.IdOf;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.rest.Versions;
import org.hamkori.webhooks.rest.EndpointRequests.EndpointChange;
import org.hamkori.webhooks.rest.EndpointRequests.EndpointForm;
import org.hamkori.webhooks.service.EndpointService;
import org.hamkori.webhooks.service.EndpointService.WithSecret;
import org.hamkori.webhooks.service.EndpointValidation.PingOutcome;

/**
 * Partners' endpoints (SPEC §12). A create takes no {@code Idempotency-Key}: replaying its answer would mean keeping
 * the secret in clear beside the key; a partner that is unsure whether a create went through lists its endpoints.
 */
@Path("/webhooks/endpoints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Endpoints")
@RolesAllowed("${hamkori.access.webhooks}")
public class EndpointResource {

    @Inject
    EndpointService service;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Register an endpoint: validated by a signed ping (or the OPTIONS handshake), then answered"
            + " with its secret, shown this once")
    public Response register(@NotNull @Valid EndpointForm form) {
        String partnerCode = caller.partnerOfNewEndpoint(form.partnerCode());
        WithSecret created = service.register(partnerCode, form.toSettings());
        return Versions.created(uriInfo.getAbsolutePathBuilder().path(created.endpoint().id.toString()).build(),
                EndpointView.of(created.endpoint(), null, created.secret().value()), created.endpoint().version);
    }

    @GET
    @Operation(summary = "List the endpoints the caller manages, with their health")
    public Page<EndpointView> list(@BeanParam PageRequest page) {
        return service.list(caller.owner(), page.validated()).map(l -> EndpointView.of(l.endpoint(), l.backlog()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An endpoint with its health, its version as ETag")
    public Response get(@PathParam("id") @IdOf("Endpoint") UUID id) {
        EndpointService.Listed found = service.show(id, caller.owner());
        return Versions.ok(EndpointView.of(found.endpoint(), found.backlog()), found.endpoint().version);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change an endpoint (If-Match); a new URL is validated first; enabled: true turns a disabled"
            + " endpoint back on")
    public Response change(@PathParam("id") @IdOf("Endpoint") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid EndpointChange change) {
        var changed = service.change(id, caller.owner(), Versions.expected(ifMatch), change.toSettings(),
                change.enabled());
        EndpointService.Listed shown = service.show(changed.id, caller.owner());
        return Versions.ok(EndpointView.of(shown.endpoint(), shown.backlog()), shown.endpoint().version);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an endpoint and its delivery log (If-Match)")
    public Response delete(@PathParam("id") @IdOf("Endpoint") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, caller.owner(), Versions.expected(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/secret/rotation")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A new signing secret, shown this once; the previous one keeps signing beside it for a while")
    public Response rotateSecret(@PathParam("id") @IdOf("Endpoint") UUID id) {
        WithSecret rotated = service.rotateSecret(id, caller.owner());
        return Versions.ok(EndpointView.of(rotated.endpoint(), null, rotated.secret().value()),
                rotated.endpoint().version);
    }

    @POST
    @Path("/{id}/test")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send a signed ping now and say how the endpoint answered")
    public PingOutcome test(@PathParam("id") @IdOf("Endpoint") UUID id) {
        return service.test(id, caller.owner());
    }
}
