package org.hamkori.groups.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.groups.repository.SafetyIssueRepository;
import org.hamkori.groups.rest.GroupRequests.Reopening;
import org.hamkori.groups.rest.GroupRequests.Resolution;
import org.hamkori.groups.service.GroupService;
import org.hamkori.kit.rest.IdOf;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;

/** The safety issues raised at a group's meetings, their resolution and reopening. ETags are the group's version. */
@Path("/groups/{groupId}/issues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Safety issues")
@RolesAllowed("${hamkori.access.read}")
public class IssueResource {

    @Inject
    GroupService service;

    @Inject
    SafetyIssueRepository issues;

    @Inject
    GroupParts parts;

    @GET
    @Operation(summary = "The safety issues raised in the group with their actions, follow-ups and reopenings, latest "
            + "meeting first, filtered by status, category and overdue")
    public Page<IssueView> list(@PathParam("groupId") @IdOf("Group") UUID groupId, @BeanParam IssueFilter issueFilter,
            @BeanParam PageRequest pageRequest) {
        PageRequest page = pageRequest.validated();
        var filter = issueFilter.toFilter(null, null, null);
        return parts.page(groupId, (group, withPersonalData) -> Page.of(issues.ofGroup(group.id, filter), page,
                issue -> IssueView.of(issue, withPersonalData)));
    }

    @GET
    @Path("/{issueId}")
    @Operation(summary = "A safety issue of the group, with the group's version as ETag")
    public Response get(@PathParam("groupId") @IdOf("Group") UUID groupId, @PathParam("issueId") @IdOf("Safety issue") UUID issueId) {
        return parts.read(groupId, group -> service.issue(group.id, issueId), IssueView::of);
    }

    // the answer shows the issue's whole follow-up, read in the change's own transaction
    @POST
    @Path("/{issueId}/resolution")
    @RolesAllowed("${hamkori.access.write}")
    @Transactional
    @Operation(summary = "Resolve an open or in-progress safety issue, or refer it to another body (If-Match on the group)")
    public Response resolve(@BeanParam GroupOfPartTarget group, @PathParam("issueId") @IdOf("Safety issue") UUID issueId,
            @NotNull @Valid Resolution resolution) {
        return parts.changed(service.resolveIssue(group.id(), issueId, group.expectedVersion(),
                resolution.closingStatus(), resolution.resolvedOn(), resolution.outcome().trim()), IssueView::of);
    }

    @POST
    @Path("/{issueId}/reopening")
    @RolesAllowed("${hamkori.access.write}")
    @Transactional
    @Operation(summary = "Reopen a resolved or referred safety issue that came back (If-Match on the group)")
    public Response reopen(@BeanParam GroupOfPartTarget group, @PathParam("issueId") @IdOf("Safety issue") UUID issueId,
            @NotNull @Valid Reopening reopening) {
        return parts.changed(service.reopenIssue(group.id(), issueId, group.expectedVersion(),
                reopening.reopenedOn(), reopening.reason().trim()), IssueView::of);
    }
}
