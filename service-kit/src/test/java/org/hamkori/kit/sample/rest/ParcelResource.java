package org.hamkori.kit.sample.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.hamkori.kit.rest.IdOf;
import org.hamkori.kit.rest.IdempotentCreation;
import org.hamkori.kit.rest.Versions;
import org.hamkori.kit.sample.Parcel;
import org.hamkori.kit.sample.rest.ParcelRequests.ParcelForm;
import org.hamkori.kit.sample.rest.ParcelRequests.ParcelView;
import org.hamkori.kit.sample.rest.ParcelRequests.Relabelling;
import org.hamkori.kit.sample.service.ParcelService;

/** Parcels over HTTP, in the services' style: idempotent create, ETag and If-Match, failures as problem+json. */
@Path("/parcels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("${hamkori.access.read}")
public class ParcelResource {

    @Inject
    ParcelService service;

    @Inject
    IdempotentCreation idempotency;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed("${hamkori.access.write}")
    public Response register(@NotNull @Valid ParcelForm form, @HeaderParam(IdempotentCreation.HEADER) String key) {
        return idempotency.create("parcel", key, form, () -> {
            Parcel parcel = service.register(form.code(), form.label(), form.weightGrams());
            return IdempotentCreation.Created.under(uriInfo, parcel.id, ParcelView.of(parcel), parcel.version);
        });
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") @IdOf("Parcel") UUID id) {
        return respond(service.get(id));
    }

    @PUT
    @Path("/{id}/label")
    @RolesAllowed("${hamkori.access.write}")
    public Response relabel(@BeanParam ParcelTarget parcel, @NotNull @Valid Relabelling relabelling) {
        return respond(service.relabel(parcel.id(), parcel.expectedVersion(), relabelling.label()));
    }

    private static Response respond(Parcel parcel) {
        return Versions.ok(ParcelView.of(parcel), parcel.version);
    }
}
