package org.hamkori.webhooks.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.kit.rest.IdOf;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.rest.Versions;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
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
    @APIResponse(responseCode = "201", description = "The endpoint at Location, with its secret; its version as ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EndpointView.class)))
    public RestResponse<EndpointView> register(@NotNull @Valid EndpointForm form) {
        String partnerCode = caller.partnerOfNewEndpoint(form.partnerCode());
        WithSecret created = service.register(partnerCode, form.toSettings());
        return ResponseBuilder.<EndpointView>created(
                        uriInfo.getAbsolutePathBuilder().path(created.endpoint().id.toString()).build())
                .entity(EndpointView.withSecret(created.endpoint(), created.secret().value()))
                .tag(Versions.etag(created.endpoint().version)).build();
    }

    @GET
    @Operation(summary = "List the endpoints the caller manages, with their health")
    public Page<EndpointView> list(@BeanParam PageRequest page) {
        return service.list(caller.owner(), page.validated()).map(EndpointView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An endpoint with its health, its version as ETag")
    public RestResponse<EndpointView> get(@PathParam("id") @IdOf("Endpoint") UUID id) {
        return shown(service.show(id, caller.owner()));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change an endpoint (If-Match); a new URL is validated first; enabled: true turns a disabled"
            + " endpoint back on")
    public RestResponse<EndpointView> change(@BeanParam EndpointTarget endpoint,
            @NotNull @Valid EndpointChange change) {
        var changed = service.change(endpoint.id(), caller.owner(), endpoint.expectedVersion(), change.toSettings(),
                change.enabled());
        return shown(service.show(changed.id, caller.owner()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an endpoint and its delivery log (If-Match)")
    public Response delete(@BeanParam EndpointTarget endpoint) {
        service.delete(endpoint.id(), caller.owner(), endpoint.expectedVersion());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/secret/rotation")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A new signing secret, shown this once; the previous one keeps signing beside it for a while")
    public RestResponse<EndpointView> rotateSecret(@PathParam("id") @IdOf("Endpoint") UUID id) {
        WithSecret rotated = service.rotateSecret(id, caller.owner());
        return withVersion(EndpointView.withSecret(rotated.endpoint(), rotated.secret().value()),
                rotated.endpoint().version);
    }

    private static RestResponse<EndpointView> shown(EndpointService.Listed listed) {
        return withVersion(EndpointView.of(listed), listed.endpoint().version);
    }

    /** 200 with the view, and the endpoint's version as ETag (the If-Match of a change or a delete). */
    private static RestResponse<EndpointView> withVersion(EndpointView view, long version) {
        return ResponseBuilder.ok(view).tag(Versions.etag(version)).build();
    }

    @POST
    @Path("/{id}/test")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send a signed ping now and say how the endpoint answered")
    public PingOutcome test(@PathParam("id") @IdOf("Endpoint") UUID id) {
        return service.test(id, caller.owner());
    }
}
