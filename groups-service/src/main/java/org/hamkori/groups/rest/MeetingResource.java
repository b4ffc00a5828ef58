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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.contract.groups.MeetingParticipants;
import org.hamkori.groups.Group;
import org.hamkori.groups.IssueReport;
import org.hamkori.groups.repository.MeetingRepository;
import org.hamkori.groups.rest.GroupRequests.MeetingForm;
import org.hamkori.groups.service.GroupService;
import org.hamkori.kit.rest.IdempotentCreation;
import org.hamkori.kit.rest.IdOf;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.rest.Versions;
import org.hamkori.kit.security.PersonalData;

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
    IdempotentCreation idempotency;

    @Inject
    PersonalData personalData;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Record a meeting of an active group with its participants and the safety issues raised")
    public Response hold(@BeanParam GroupOfPartTarget group, @NotNull @Valid MeetingForm form,
            @HeaderParam(IdempotentCreation.HEADER) String key) {
        MeetingParticipants participants = form.participants().toParticipants();
        List<IssueReport> issues = form.issueReports();
        return idempotency.create("group-meeting:" + group.id(), key, form, () -> {
            var held = service.holdMeeting(group.id(), group.expectedVersion(), form.heldOn(), participants, issues);
            return IdempotentCreation.Created.under(uriInfo, held.part().id,
                    MeetingView.of(held.part(), true), held.groupVersion());
        });
    }

    @GET
    @Operation(summary = "The group's meetings, latest first")
    public Page<MeetingView> list(@PathParam("groupId") @IdOf("Group") UUID groupId, @BeanParam PageRequest pageRequest) {
        PageRequest page = pageRequest.validated();
        Group group = service.get(groupId);
        service.personalDataRead(group);
        boolean withPersonalData = personalData.readable();
        return Page.of(meetings.ofGroup(group.id), page, m -> MeetingView.of(m, withPersonalData));
    }

    @GET
    @Path("/{meetingId}")
    @Operation(summary = "A meeting of the group, with the group's version as ETag")
    public Response get(@PathParam("groupId") @IdOf("Group") UUID groupId, @PathParam("meetingId") @IdOf("Meeting") UUID meetingId) {
        Group group = service.get(groupId);
        service.personalDataRead(group);
        var meeting = service.meeting(group.id, meetingId);
        return Versions.ok(MeetingView.of(meeting, personalData.readable()), group.version);
    }
}
