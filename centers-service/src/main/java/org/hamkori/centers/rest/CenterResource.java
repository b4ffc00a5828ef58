package org.hamkori.centers.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.centers.Center;
import org.hamkori.centers.CenterStatus;
import org.hamkori.centers.repository.CenterRepository;
import org.hamkori.centers.rest.CenterRequests.CenterForm;
import org.hamkori.centers.rest.CenterRequests.Closure;
import org.hamkori.centers.rest.CenterRequests.Opening;
import org.hamkori.centers.rest.CenterRequests.RenovationCompletion;
import org.hamkori.centers.rest.CenterRequests.RenovationStart;
import org.hamkori.centers.service.CenterService;
import org.hamkori.kit.audit.AuditEntry;
import org.hamkori.kit.rest.IdempotentCreation;
import org.hamkori.kit.rest.IdOf;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.rest.QueryParams;
import org.hamkori.kit.rest.Versions;
import org.hamkori.kit.security.PersonalData;

@Path("/centers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Centres")
@RolesAllowed("${hamkori.access.read}")
public class CenterResource {

    @Inject
    CenterService service;

    @Inject
    CenterRepository centers;

    @Inject
    IdempotentCreation idempotency;

    @Inject
    PersonalData personalData;

    @POST
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Register a centre (status PLANNED)")
    public Response register(@NotNull @Valid CenterForm form, @HeaderParam(IdempotentCreation.HEADER) String key) {
        return idempotency.create("center", key, form, () -> {
            Center center = service.register(form.toDetails());
            return idempotency.createdAt(center.id, view(center), center.version);
        });
    }

    @GET
    @Operation(summary = "List centres, filtered by region, district and status")
    public Page<CenterView> list(@QueryParam("regionCode") String regionCode,
            @QueryParam("districtCode") String districtCode, @QueryParam("status") String status,
            @BeanParam PageRequest pageRequest) {
        var filter = new CenterRepository.Filter(QueryParams.regionCode("regionCode", regionCode),
                QueryParams.districtCode("districtCode", districtCode),
                QueryParams.enumValue("status", status, CenterStatus.class), service.listedRegions());
        boolean withPersonalData = personalData.readable();
        return Page.of(centers.search(filter), pageRequest.validated(), c -> CenterView.of(c, withPersonalData));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A centre, with its version as ETag")
    public Response get(@PathParam("id") @IdOf("Centre") UUID id) {
        Center center = service.get(id);
        if (center.closureNote != null) {
            service.personalDataRead(center);
        }
        return respond(center);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed("${hamkori.access.history}")
    @Operation(summary = "Who changed a centre, when and how (fields before and after), newest first")
    public Page<AuditEntry> history(@PathParam("id") @IdOf("Centre") UUID id, @BeanParam PageRequest pageRequest) {
        return service.history(id, pageRequest);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Change a centre's details (If-Match)")
    public Response change(@BeanParam CenterTarget center, @NotNull @Valid CenterForm form) {
        return respond(service.changeDetails(center.id(), center.expectedVersion(), form.toDetails()));
    }

    @POST
    @Path("/{id}/opening")
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Open a planned centre")
    public Response open(@BeanParam CenterTarget center, @NotNull @Valid Opening opening) {
        return respond(service.open(center.id(), center.expectedVersion(), opening.openedOn()));
    }

    @POST
    @Path("/{id}/renovation")
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Start renovating an open centre")
    public Response startRenovation(@BeanParam CenterTarget center, @NotNull @Valid RenovationStart start) {
        return respond(service.startRenovation(center.id(), center.expectedVersion(), start.startedOn()));
    }

    @POST
    @Path("/{id}/renovation/completion")
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Complete a renovation; the centre is open again")
    public Response completeRenovation(@BeanParam CenterTarget center, @NotNull @Valid RenovationCompletion completion) {
        List<String> partners = completion.fundingPartners() == null ? List.of() : completion.fundingPartners();
        return respond(service.completeRenovation(center.id(), center.expectedVersion(), completion.completedOn(),
                partners));
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Close an open or renovating centre, for a reason code (published) and with a note (kept here)")
    public Response close(@BeanParam CenterTarget center, @NotNull @Valid Closure closure) {
        return respond(service.close(center.id(), center.expectedVersion(), closure.closedOn(),
                closure.reasonCodeOrOther(), closure.noteOrFormerReason()));
    }

    private Response respond(Center center) {
        return Versions.ok(view(center), center.version);
    }

    private CenterView view(Center center) {
        return CenterView.of(center, personalData.readable());
    }
}
