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
import org.hamkori.groups.ActionPlan;
import org.hamkori.groups.rest.GroupRequests.ActionCompletion;
import org.hamkori.groups.rest.GroupRequests.ActionForm;
import org.hamkori.groups.rest.GroupRequests.FollowUpForm;
import org.hamkori.groups.service.GroupService;
import org.hamkori.kit.rest.IdOf;
import org.hamkori.kit.rest.IdempotentCreation;

/**
 * Following a safety issue up: the actions a group agrees on it (who carries them out and by when), their completion,
 * and the group's follow-ups. ETags are the group's version.
 */
@Path("/groups/{groupId}/issues/{issueId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Safety issue follow-up")
@RolesAllowed("${hamkori.access.read}")
public class IssueFollowUpResource {

    @Inject
    GroupService service;

    @Inject
    GroupParts parts;

    @POST
    @Path("/actions")
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Agree an action on an open or in-progress safety issue, which is then IN_PROGRESS "
            + "(If-Match on the group)")
    public Response agree(@BeanParam GroupOfPartTarget group, @PathParam("issueId") @IdOf("Safety issue") UUID issueId,
            @NotNull @Valid ActionForm form, @HeaderParam(IdempotentCreation.HEADER) String key) {
        ActionPlan plan = form.toPlan();
        return parts.create("issue-action:" + issueId, key, form,
                () -> service.agreeAction(group.id(), issueId, group.expectedVersion(), plan),
                action -> action.id, ActionView::of);
    }

    @GET
    @Path("/actions/{actionId}")
    @Operation(summary = "An action agreed on the safety issue, with the group's version as ETag")
    public Response action(@PathParam("groupId") @IdOf("Group") UUID groupId,
            @PathParam("issueId") @IdOf("Safety issue") UUID issueId,
            @PathParam("actionId") @IdOf("Action") UUID actionId) {
        return parts.read(groupId, group -> service.action(group.id, issueId, actionId), ActionView::of);
    }

    @POST
    @Path("/actions/{actionId}/completion")
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Record that an agreed action was carried out (If-Match on the group)")
    public Response complete(@BeanParam GroupOfPartTarget group, @PathParam("issueId") @IdOf("Safety issue") UUID issueId,
            @PathParam("actionId") @IdOf("Action") UUID actionId, @NotNull @Valid ActionCompletion completion) {
        return parts.changed(service.completeAction(group.id(), issueId, actionId, group.expectedVersion(),
                completion.completedOn(), completion.givenNote()), ActionView::of);
    }

    @POST
    @Path("/follow-ups")
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Record a follow-up of the safety issue, at any stage (If-Match on the group)")
    public Response recordFollowUp(@BeanParam GroupOfPartTarget group,
            @PathParam("issueId") @IdOf("Safety issue") UUID issueId, @NotNull @Valid FollowUpForm form,
            @HeaderParam(IdempotentCreation.HEADER) String key) {
        return parts.create("issue-follow-up:" + issueId, key, form,
                () -> service.followUpIssue(group.id(), issueId, group.expectedVersion(), form.heldOn(),
                        form.note().trim()),
                followUp -> followUp.id, FollowUpView::of);
    }

    @GET
    @Path("/follow-ups/{followUpId}")
    @Operation(summary = "A follow-up of the safety issue, with the group's version as ETag")
    public Response followUp(@PathParam("groupId") @IdOf("Group") UUID groupId,
            @PathParam("issueId") @IdOf("Safety issue") UUID issueId,
            @PathParam("followUpId") @IdOf("Follow-up") UUID followUpId) {
        return parts.read(groupId, group -> service.followUp(group.id, issueId, followUpId), FollowUpView::of);
    }
}
