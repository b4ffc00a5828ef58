package org.hamkori.groups;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.groups.GroupDissolved;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.contract.groups.GroupMeetingHeld;
import org.hamkori.contract.groups.GroupMemberJoined;
import org.hamkori.contract.groups.GroupMemberLeft;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.SafetyIssueActionAgreed;
import org.hamkori.contract.groups.SafetyIssueActionCompleted;
import org.hamkori.contract.groups.SafetyIssueFollowedUp;
import org.hamkori.contract.groups.SafetyIssueReopened;
import org.hamkori.contract.groups.SafetyIssueResolved;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.kit.domain.VersionedAggregate;
import org.hamkori.replica.KnownCenter;

/**
 * A police–public interaction group at a centre: the aggregate of its members, meetings and safety
 * issues. Every change goes through a method here that returns the event recording it, and every change
 * also moves one of the group's own figures (status, current members, meetings held, open issues, open actions,
 * follow-ups held), so
 * the group's row is written and its {@code version} — the ETag and the events' {@code ce_sequence} —
 * increases with each change, whichever part of the group it concerns.
 */
@Entity(name = "InteractionGroup")
public class Group implements VersionedAggregate {

    @Id
    public UUID id;
    public String name;
    public UUID centerId;
    public String regionCode;
    public String districtCode;
    public LocalDate formedOn;
    public String facilitatingPartner;
    @Enumerated(EnumType.STRING)
    public GroupStatus status;
    public LocalDate dissolvedOn;
    public int currentMembers;
    public int meetingsHeld;
    /** Issues OPEN or IN_PROGRESS. */
    public int openIssues;
    /** Actions agreed on its issues and not completed yet. */
    public int openActions;
    public int followUpsHeld;
    /** The latest day anything happened in the group; it cannot be dissolved before it. */
    public LocalDate lastActivityOn;
    public Instant formedAt;
    @Version
    public long version;

    /** Region and district follow from the centre, which must be open, and open already on {@code formedOn}. */
    public static Group form(String name, KnownCenter center, LocalDate formedOn, String facilitatingPartner) {
        requireNotBefore(formedOn, center.openedOn(), "A group cannot be formed before its centre opened on ");
        Group group = new Group();
        group.id = UUID.randomUUID();
        group.name = name;
        group.centerId = center.id();
        group.regionCode = center.place().regionCode();
        group.districtCode = center.place().districtCode();
        group.formedOn = formedOn;
        group.facilitatingPartner = facilitatingPartner;
        group.status = GroupStatus.ACTIVE;
        group.lastActivityOn = formedOn;
        group.formedAt = Instant.now();
        return group;
    }

    public GroupFormed formed() {
        return new GroupFormed(id, centerId, regionCode, districtCode, formedOn, facilitatingPartner);
    }

    public GroupMemberJoined admit(Member member) {
        requireChangeable(member.groupId, "admit a member to");
        requireNotBefore(member.joinedOn, formedOn, "A member cannot join before the group was formed on ");
        currentMembers++;
        noteActivity(member.joinedOn);
        return new GroupMemberJoined(id, member.id, member.role, member.sex, member.joinedOn);
    }

    public GroupMemberLeft release(Member member, LocalDate leftOn) {
        requireChangeable(member.groupId, "record a departure from");
        member.leave(leftOn);
        currentMembers--;
        noteActivity(leftOn);
        return new GroupMemberLeft(id, member.id, leftOn);
    }

    public GroupMeetingHeld hold(Meeting meeting) {
        requireChangeable(meeting.groupId, "record a meeting of");
        requireNotBefore(meeting.heldOn, formedOn, "A meeting cannot be held before the group was formed on ");
        meetingsHeld++;
        openIssues += meeting.issuesRaised.size();
        noteActivity(meeting.heldOn);
        return new GroupMeetingHeld(id, meeting.id, meeting.heldOn, meeting.participants(), meeting.raisedIssues());
    }

    /** Closes an issue still being worked on as {@code RESOLVED} by the group or {@code REFERRED} to another body. */
    public SafetyIssueResolved resolve(SafetyIssue issue, IssueStatus outcomeStatus, LocalDate resolvedOn,
            String outcome) {
        requireChangeable(issue.groupId, "resolve an issue of");
        issue.close(SafetyIssueStatus.closedAs(outcomeStatus), resolvedOn, outcome);
        openIssues--;
        noteActivity(resolvedOn);
        return new SafetyIssueResolved(id, issue.id, issue.category, resolvedOn, outcomeStatus);
    }

    /** An open issue is then IN_PROGRESS. */
    public SafetyIssueActionAgreed agree(SafetyIssueAction action) {
        requireChangeable(action.issue.groupId, "agree an action on an issue of");
        action.issue.agree(action);
        openActions++;
        noteActivity(action.agreedOn);
        return new SafetyIssueActionAgreed(id, action.issue.id, action.id, action.issue.category, action.responsible,
                action.agreedOn, action.dueOn);
    }

    /** Whatever became of its issue since, an agreed action is completed once, not before it was agreed. */
    public SafetyIssueActionCompleted complete(SafetyIssueAction action, LocalDate completedOn, String note) {
        requireChangeable(action.issue.groupId, "complete an action of");
        action.complete(completedOn, note);
        openActions--;
        noteActivity(completedOn);
        return new SafetyIssueActionCompleted(id, action.issue.id, action.id, completedOn);
    }

    /** An issue may be followed up at any stage, closed ones included (does the solution hold?). */
    public SafetyIssueFollowedUp followUp(SafetyIssueFollowUp followUp) {
        requireChangeable(followUp.issue.groupId, "follow up an issue of");
        followUp.issue.followUp(followUp);
        followUpsHeld++;
        noteActivity(followUp.heldOn);
        return new SafetyIssueFollowedUp(id, followUp.issue.id, followUp.heldOn);
    }

    /** A resolved or referred issue that came back is OPEN again. */
    public SafetyIssueReopened reopen(SafetyIssue issue, LocalDate reopenedOn, String reason) {
        requireChangeable(issue.groupId, "reopen an issue of");
        issue.reopen(reopenedOn, reason);
        openIssues++;
        noteActivity(reopenedOn);
        return new SafetyIssueReopened(id, issue.id, issue.category, reopenedOn);
    }

    public GroupDissolved dissolve(LocalDate dissolvedOn) {
        requireActive("dissolve");
        requireNotBefore(dissolvedOn, lastActivityOn,
                "A group cannot be dissolved before its last recorded activity on ");
        status = GroupStatus.DISSOLVED;
        this.dissolvedOn = dissolvedOn;
        return new GroupDissolved(id, dissolvedOn);
    }

    @Override
    public long currentVersion() {
        return version;
    }

    private void requireActive(String action) {
        if (status != GroupStatus.ACTIVE) {
            throw new BusinessRuleViolation("Cannot " + action + " group " + name + ": it was dissolved on "
                    + dissolvedOn);
        }
    }

    /** A change to one of the group's parts (a member, meeting, issue or action), while the group is active. */
    private void requireChangeable(UUID partOf, String action) {
        if (!id.equals(partOf)) {
            throw new IllegalArgumentException("belongs to group " + partOf + ", not to " + id);
        }
        requireActive(action);
    }

    private void noteActivity(LocalDate day) {
        if (day.isAfter(lastActivityOn)) {
            lastActivityOn = day;
        }
    }

    private static void requireNotBefore(LocalDate date, LocalDate earliest, String message) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new BusinessRuleViolation(message + earliest);
        }
    }
}
