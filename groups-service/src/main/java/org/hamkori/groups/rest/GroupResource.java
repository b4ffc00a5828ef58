package org.hamkori.groups.rest;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.groups.Group;
import org.hamkori.groups.GroupStatus;
import org.hamkori.groups.repository.GroupRepository;
import org.hamkori.groups.rest.GroupRequests.Dissolution;
import org.hamkori.groups.rest.GroupRequests.GroupForm;
import org.hamkori.groups.service.GroupService;
import org.hamkori.kit.audit.AuditEntry;
import org.hamkori.kit.rest.IdempotentCreation;
import org.hamkori.kit.rest.IdOf;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.rest.QueryParams;
import org.hamkori.kit.rest.Versions;

@Path("/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Groups")
@RolesAllowed("${hamkori.access.read}")
public class GroupResource {

    @Inject
    GroupService service;

    @Inject
    GroupRepository groups;

    @Inject
    IdempotentCreation idempotency;

    @POST
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Form a group at an open centre; region and district follow from the centre")
    public Response form(@NotNull @Valid GroupForm form, @HeaderParam(IdempotentCreation.HEADER) String key) {
        return idempotency.create("group", key, form, () -> {
            Group group = service.form(form.name().trim(), form.centerId(), form.formedOn(),
                    form.facilitatingPartner());
            return idempotency.createdAt(group.id, GroupView.of(group), group.version);
        });
    }

    @GET
    @Operation(summary = "List groups, filtered by centre, region, district and status")
    public Page<GroupView> list(@QueryParam("centerId") String centerId, @QueryParam("regionCode") String regionCode,
            @QueryParam("districtCode") String districtCode, @QueryParam("status") String status,
            @BeanParam PageRequest pageRequest) {
        PageRequest page = pageRequest.validated();
        String region = QueryParams.regionCode("regionCode", regionCode);
        String district = QueryParams.districtCode("districtCode", districtCode);
        var filter = new GroupRepository.Filter(QueryParams.uuid("centerId", centerId), region, district,
                QueryParams.enumValue("status", status, GroupStatus.class), service.listedRegions());
        return Page.of(groups.search(filter), page, GroupView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A group, with its version as ETag")
    public Response get(@PathParam("id") @IdOf("Group") UUID id) {
        Group group = service.get(id);
        return Versions.ok(GroupView.of(group), group.version);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed("${hamkori.access.history}")
    @Operation(summary = "Who changed a group, its members, meetings and issues, when and how (fields before and "
            + "after, personal values masked for roles that may not read them), newest first")
    public Page<AuditEntry> history(@PathParam("id") @IdOf("Group") UUID id, @BeanParam PageRequest pageRequest) {
        return service.history(id, pageRequest);
    }

    @POST
    @Path("/{id}/dissolution")
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Dissolve an active group (If-Match); it then accepts no further changes")
    public Response dissolve(@BeanParam GroupTarget group, @NotNull @Valid Dissolution dissolution) {
        Group dissolved = service.dissolve(group.id(), group.expectedVersion(), dissolution.dissolvedOn());
        return Versions.ok(GroupView.of(dissolved), dissolved.version);
    }
}
