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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.groups.Group;
import org.hamkori.groups.MemberDetails;
import org.hamkori.groups.repository.MemberRepository;
import org.hamkori.groups.rest.GroupRequests.Departure;
import org.hamkori.groups.rest.GroupRequests.MemberForm;
import org.hamkori.groups.service.GroupService;
import org.hamkori.kit.rest.IdempotentCreation;
import org.hamkori.kit.rest.IdOf;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.rest.Versions;
import org.hamkori.kit.security.PersonalData;

/** A group's members. Responses carry the group's version as ETag: that is what If-Match on the group expects. */
@Path("/groups/{groupId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Group members")
@RolesAllowed("${hamkori.access.read}")
public class MemberResource {

    @Inject
    GroupService service;

    @Inject
    MemberRepository members;

    @Inject
    IdempotentCreation idempotency;

    @Inject
    PersonalData personalData;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "A police officer or community representative joins an active group")
    public Response join(@BeanParam GroupOfPartTarget group, @NotNull @Valid MemberForm form,
            @HeaderParam(IdempotentCreation.HEADER) String key) {
        MemberDetails details = form.toDetails();
        return idempotency.create("group-member:" + group.id(), key, form, () -> {
            var joined = service.join(group.id(), group.expectedVersion(), details);
            return IdempotentCreation.Created.under(uriInfo, joined.part().id,
                    MemberView.of(joined.part(), true), joined.groupVersion());
        });
    }

    @GET
    @Operation(summary = "The group's members in the order they joined, past members included; "
            + "names, ranks, affiliations and phones only for admin and coordinator")
    public Page<MemberView> list(@PathParam("groupId") @IdOf("Group") UUID groupId, @BeanParam PageRequest pageRequest) {
        PageRequest page = pageRequest.validated();
        Group group = service.get(groupId);
        service.personalDataRead(group);
        boolean withPersonalData = personalData.readable();
        return Page.of(members.ofGroup(group.id), page, m -> MemberView.of(m, withPersonalData));
    }

    @GET
    @Path("/{memberId}")
    @Operation(summary = "A member of the group, with the group's version as ETag")
    public Response get(@PathParam("groupId") @IdOf("Group") UUID groupId, @PathParam("memberId") @IdOf("Member") UUID memberId) {
        Group group = service.get(groupId);
        service.personalDataRead(group);
        var member = service.member(group.id, memberId);
        return Versions.ok(MemberView.of(member, personalData.readable()), group.version);
    }

    @POST
    @Path("/{memberId}/departure")
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Record that a member left the group (If-Match on the group)")
    public Response leave(@BeanParam GroupOfPartTarget group, @PathParam("memberId") @IdOf("Member") UUID memberId,
            @NotNull @Valid Departure departure) {
        var left = service.leave(group.id(), memberId, group.expectedVersion(), departure.leftOn());
        return Versions.ok(MemberView.of(left.part(), true), left.groupVersion());
    }
}
