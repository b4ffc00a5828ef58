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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.groups.MemberDetails;
import org.hamkori.groups.repository.MemberRepository;
import org.hamkori.groups.rest.GroupRequests.Departure;
import org.hamkori.groups.rest.GroupRequests.MemberForm;
import org.hamkori.groups.service.GroupService;
import org.hamkori.kit.rest.IdempotentCreation;
import org.hamkori.kit.rest.IdOf;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;

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
    GroupParts parts;

    @POST
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "A police officer or community representative joins an active group")
    public Response join(@BeanParam GroupOfPartTarget group, @NotNull @Valid MemberForm form,
            @HeaderParam(IdempotentCreation.HEADER) String key) {
        MemberDetails details = form.toDetails();
        return parts.create("group-member:" + group.id(), key, form,
                () -> service.join(group.id(), group.expectedVersion(), details), member -> member.id, MemberView::of);
    }

    @GET
    @Operation(summary = "The group's members in the order they joined, past members included; "
            + "names, ranks, affiliations and phones only for admin and coordinator")
    public Page<MemberView> list(@PathParam("groupId") @IdOf("Group") UUID groupId, @BeanParam PageRequest pageRequest) {
        PageRequest page = pageRequest.validated();
        return parts.page(groupId, (group, withPersonalData) -> Page.of(members.ofGroup(group.id), page,
                member -> MemberView.of(member, withPersonalData)));
    }

    @GET
    @Path("/{memberId}")
    @Operation(summary = "A member of the group, with the group's version as ETag")
    public Response get(@PathParam("groupId") @IdOf("Group") UUID groupId, @PathParam("memberId") @IdOf("Member") UUID memberId) {
        return parts.read(groupId, group -> service.member(group.id, memberId), MemberView::of);
    }

    @POST
    @Path("/{memberId}/departure")
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Record that a member left the group (If-Match on the group)")
    public Response leave(@BeanParam GroupOfPartTarget group, @PathParam("memberId") @IdOf("Member") UUID memberId,
            @NotNull @Valid Departure departure) {
        return parts.changed(service.leave(group.id(), memberId, group.expectedVersion(), departure.leftOn()),
                MemberView::of);
    }
}
