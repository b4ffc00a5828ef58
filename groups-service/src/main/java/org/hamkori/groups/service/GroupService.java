package org.hamkori.groups.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.MeetingParticipants;
import org.hamkori.groups.ActionPlan;
import org.hamkori.groups.Group;
import org.hamkori.groups.IssueReport;
import org.hamkori.groups.Meeting;
import org.hamkori.groups.Member;
import org.hamkori.groups.MemberDetails;
import org.hamkori.groups.SafetyIssue;
import org.hamkori.groups.SafetyIssueAction;
import org.hamkori.groups.SafetyIssueFollowUp;
import org.hamkori.groups.repository.GroupRepository;
import org.hamkori.groups.repository.MeetingRepository;
import org.hamkori.groups.repository.MemberRepository;
import org.hamkori.groups.repository.SafetyIssueRepository;
import org.hamkori.kit.domain.ExpectedVersion;
import org.hamkori.kit.domain.NotFound;
import org.hamkori.kit.outbox.EventOutbox;
import org.hamkori.kit.service.RegionalAggregateService;
import org.hamkori.replica.CenterDirectory;
import org.hamkori.replica.KnownCenter;

/**
 * Each use case changes one group (or a part of it) and records its event, and with it the audit entry of the change,
 * in the same transaction; the event's sequence is the group's version after the change. A coordinator limited to
 * some regions reaches only their groups (SPEC §2).
 */
@ApplicationScoped
public class GroupService extends RegionalAggregateService<Group> {

    @Inject
    GroupRepository groups;

    @Inject
    MemberRepository members;

    @Inject
    MeetingRepository meetings;

    @Inject
    SafetyIssueRepository issues;

    @Inject
    CenterDirectory centers;

    @Inject
    EventOutbox outbox;

    /** A changed part of a group with the group's version after the change: the ETag to send back. */
    public record Changed<T>(T part, long groupVersion) {
    }

    @Transactional
    public Group form(String name, UUID centerId, LocalDate formedOn, String facilitatingPartner) {
        KnownCenter center = centers.requireOpen(centerId);
        scope.requireAccess("Centre " + center.code(), center.place().regionCode());
        Group group = Group.form(name, center, formedOn, facilitatingPartner);
        groups.persist(group);
        outbox.append(group.formed(), group);
        return group;
    }

    @Transactional
    public Changed<Member> join(UUID groupId, ExpectedVersion expected, MemberDetails details) {
        Group group = forChange(groupId, expected);
        Member member = Member.of(group.id, details);
        var joined = group.admit(member);
        members.persist(member);
        outbox.append(joined, group);
        return new Changed<>(member, group.version);
    }

    @Transactional
    public Changed<Member> leave(UUID groupId, UUID memberId, ExpectedVersion expected, LocalDate leftOn) {
        Group group = forChange(groupId, expected);
        Member member = member(groupId, memberId);
        outbox.append(group.release(member, leftOn), group);
        return new Changed<>(member, group.version);
    }

    @Transactional
    public Changed<Meeting> holdMeeting(UUID groupId, ExpectedVersion expected, LocalDate heldOn,
            MeetingParticipants participants, List<IssueReport> issuesRaised) {
        Group group = forChange(groupId, expected);
        Meeting meeting = Meeting.of(group, heldOn, participants, issuesRaised);
        var held = group.hold(meeting);
        meetings.persist(meeting);
        outbox.append(held, group);
        return new Changed<>(meeting, group.version);
    }

    @Transactional
    public Changed<SafetyIssue> resolveIssue(UUID groupId, UUID issueId, ExpectedVersion expected, IssueStatus status,
            LocalDate resolvedOn, String outcome) {
        Group group = forChange(groupId, expected);
        SafetyIssue issue = issue(groupId, issueId);
        outbox.append(group.resolve(issue, status, resolvedOn, outcome), group);
        return new Changed<>(issue, group.version);
    }

    @Transactional
    public Changed<SafetyIssueAction> agreeAction(UUID groupId, UUID issueId, ExpectedVersion expected,
            ActionPlan plan) {
        Group group = forChange(groupId, expected);
        SafetyIssueAction action = SafetyIssueAction.of(issue(groupId, issueId), plan);
        outbox.append(group.agree(action), group);
        return new Changed<>(action, group.version);
    }

    @Transactional
    public Changed<SafetyIssueAction> completeAction(UUID groupId, UUID issueId, UUID actionId,
            ExpectedVersion expected, LocalDate completedOn, String note) {
        Group group = forChange(groupId, expected);
        SafetyIssueAction action = action(groupId, issueId, actionId);
        outbox.append(group.complete(action, completedOn, note), group);
        return new Changed<>(action, group.version);
    }

    @Transactional
    public Changed<SafetyIssueFollowUp> followUpIssue(UUID groupId, UUID issueId, ExpectedVersion expected,
            LocalDate heldOn, String note) {
        Group group = forChange(groupId, expected);
        SafetyIssueFollowUp followUp = SafetyIssueFollowUp.of(issue(groupId, issueId), heldOn, note);
        outbox.append(group.followUp(followUp), group);
        return new Changed<>(followUp, group.version);
    }

    @Transactional
    public Changed<SafetyIssue> reopenIssue(UUID groupId, UUID issueId, ExpectedVersion expected,
            LocalDate reopenedOn, String reason) {
        Group group = forChange(groupId, expected);
        SafetyIssue issue = issue(groupId, issueId);
        outbox.append(group.reopen(issue, reopenedOn, reason), group);
        return new Changed<>(issue, group.version);
    }

    @Transactional
    public Group dissolve(UUID groupId, ExpectedVersion expected, LocalDate dissolvedOn) {
        Group group = forChange(groupId, expected);
        outbox.append(group.dissolve(dissolvedOn), group);
        return group;
    }

    /** The group, when the caller's regions include it. */
    @Override
    public Group get(UUID id) {
        return reachable(groups.findByIdOptional(id).orElseThrow(() -> new NotFound("Group", id)));
    }

    public Member member(UUID groupId, UUID memberId) {
        return members.findInGroup(groupId, memberId)
                .orElseThrow(() -> new NotFound("Member of group " + groupId, memberId));
    }

    public Meeting meeting(UUID groupId, UUID meetingId) {
        return meetings.findInGroup(groupId, meetingId)
                .orElseThrow(() -> new NotFound("Meeting of group " + groupId, meetingId));
    }

    public SafetyIssue issue(UUID groupId, UUID issueId) {
        return issues.findInGroup(groupId, issueId)
                .orElseThrow(() -> new NotFound("Safety issue of group " + groupId, issueId));
    }

    public SafetyIssueAction action(UUID groupId, UUID issueId, UUID actionId) {
        return issue(groupId, issueId).actions.stream().filter(action -> action.id.equals(actionId)).findFirst()
                .orElseThrow(() -> new NotFound("Action on safety issue " + issueId, actionId));
    }

    public SafetyIssueFollowUp followUp(UUID groupId, UUID issueId, UUID followUpId) {
        return issue(groupId, issueId).followUps.stream().filter(followUp -> followUp.id.equals(followUpId))
                .findFirst()
                .orElseThrow(() -> new NotFound("Follow-up of safety issue " + issueId, followUpId));
    }

    /**
     * Locks the group's row so that concurrent changes to one group (two members added at once) queue up
     * instead of failing on the version; a stale If-Match is still a 412.
     */
    private Group forChange(UUID id, ExpectedVersion expected) {
        Group group = reachable(groups.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFound("Group", id)));
        expected.check(group.version);
        return group;
    }

    private Group reachable(Group group) {
        scope.requireAccess("Group " + group.name, group.regionCode);
        return group;
    }
}
