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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.contract.groups.MeetingParticipants;
import org.hamkori.groups.IssueReport;
import org.hamkori.groups.repository.MeetingRepository;
import org.hamkori.groups.rest.GroupRequests.MeetingForm;
import org.hamkori.groups.service.GroupService;
import org.hamkori.kit.rest.IdempotentCreation;
import org.hamkori.kit.rest.IdOf;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;

/** A group's meetings and the safety issues they raised. ETags are the group's version. */
@Path("/groups/{groupId}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Group meetings")
@RolesAllowed("${hamkori.access.read}")
public class MeetingResource {

    @Inject
    GroupService service;

    @Inject
    MeetingRepository meetings;

    @Inject
    GroupParts parts;

    @POST
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Record a meeting of an active group with its participants and the safety issues raised")
    public Response hold(@BeanParam GroupOfPartTarget group, @NotNull @Valid MeetingForm form,
            @HeaderParam(IdempotentCreation.HEADER) String key) {
        MeetingParticipants participants = form.participants().toParticipants();
        List<IssueReport> issues = form.issueReports();
        return parts.create("group-meeting:" + group.id(), key, form,
                () -> service.holdMeeting(group.id(), group.expectedVersion(), form.heldOn(), participants, issues),
                meeting -> meeting.id, MeetingView::of);
    }

    @GET
    @Operation(summary = "The group's meetings, latest first")
    public Page<MeetingView> list(@PathParam("groupId") @IdOf("Group") UUID groupId, @BeanParam PageRequest pageRequest) {
        PageRequest page = pageRequest.validated();
        return parts.page(groupId, (group, withPersonalData) -> Page.of(meetings.ofGroup(group.id), page,
                meeting -> MeetingView.of(meeting, withPersonalData)));
    }

    @GET
    @Path("/{meetingId}")
    @Operation(summary = "A meeting of the group, with the group's version as ETag")
    public Response get(@PathParam("groupId") @IdOf("Group") UUID groupId, @PathParam("meetingId") @IdOf("Meeting") UUID meetingId) {
        return parts.read(groupId, group -> service.meeting(group.id, meetingId), MeetingView::of);
    }
}
