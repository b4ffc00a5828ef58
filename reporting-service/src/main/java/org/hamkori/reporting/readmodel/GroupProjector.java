package org.hamkori.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.groups.GroupDissolved;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.contract.groups.GroupMeetingHeld;
import org.hamkori.contract.groups.GroupMemberJoined;
import org.hamkori.contract.groups.GroupMemberLeft;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.RaisedIssue;
import org.hamkori.contract.groups.SafetyIssueActionAgreed;
import org.hamkori.contract.groups.SafetyIssueActionCompleted;
import org.hamkori.contract.groups.SafetyIssueReopened;
import org.hamkori.contract.groups.SafetyIssueResolved;
import org.hamkori.kit.inbox.InboundEvent;

/**
 * Projects groups.events. Forming, dissolving, joining and leaving are dated facts that only accumulate, so each
 * event fills in its own columns and the order of arrival does not matter, as for an action's agreement and
 * completion; an issue's status follows its change (raising, action agreed, resolution, referral, reopening) with the
 * highest {@code ce_sequence}.
 */
@ApplicationScoped
public class GroupProjector {

    void apply(ReadModelWrites writes, InboundEvent event) {
        Object payload = event.payload();
        if (payload instanceof GroupFormed e) {
            writes.add("""
                    INSERT INTO {rm}.group_info AS g (group_id, center_id, region_code, district_code, formed_on,
                                                      facilitating_partner)
                    VALUES (?, CAST(? AS uuid), ?, ?, ?, ?)
                    ON CONFLICT (group_id) DO UPDATE SET center_id = EXCLUDED.center_id,
                        region_code = EXCLUDED.region_code, district_code = EXCLUDED.district_code,
                        formed_on = EXCLUDED.formed_on, facilitating_partner = EXCLUDED.facilitating_partner
                    """, e.groupId(), e.centerId(), e.regionCode(), e.districtCode(), e.formedOn(),
                    e.facilitatingPartner());
        } else if (payload instanceof GroupDissolved e) {
            writes.add("""
                    INSERT INTO {rm}.group_info (group_id, dissolved_on) VALUES (?, ?)
                    ON CONFLICT (group_id) DO UPDATE SET dissolved_on = EXCLUDED.dissolved_on
                    """, e.groupId(), e.dissolvedOn());
        } else if (payload instanceof GroupMemberJoined e) {
            writes.add("""
                    INSERT INTO {rm}.member (member_id, group_id, role, sex, joined_on)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (member_id) DO UPDATE SET role = EXCLUDED.role, sex = EXCLUDED.sex,
                        joined_on = EXCLUDED.joined_on
                    """, e.memberId(), e.groupId(), e.role().name(), e.sex().name(), e.joinedOn());
        } else if (payload instanceof GroupMemberLeft e) {
            writes.add("""
                    INSERT INTO {rm}.member (member_id, group_id, left_on) VALUES (?, ?, ?)
                    ON CONFLICT (member_id) DO UPDATE SET left_on = EXCLUDED.left_on
                    """, e.memberId(), e.groupId(), e.leftOn());
        } else if (payload instanceof GroupMeetingHeld e) {
            meetingHeld(writes, event, e);
        } else if (payload instanceof SafetyIssueActionAgreed e) {
            writes.add("""
                    INSERT INTO {rm}.issue_action (action_id, issue_id, group_id, agreed_on, due_on)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (action_id) DO UPDATE SET agreed_on = EXCLUDED.agreed_on, due_on = EXCLUDED.due_on
                    """, e.actionId(), e.issueId(), e.groupId(), e.agreedOn(), e.dueOn());
            statusChange(writes, event, e.groupId(), e.issueId(), e.category(), IssueChange.ACTION_AGREED, e.agreedOn());
        } else if (payload instanceof SafetyIssueActionCompleted e) {
            writes.add("""
                    INSERT INTO {rm}.issue_action (action_id, issue_id, group_id, completed_on) VALUES (?, ?, ?, ?)
                    ON CONFLICT (action_id) DO UPDATE SET completed_on = EXCLUDED.completed_on
                    """, e.actionId(), e.issueId(), e.groupId(), e.completedOn());
        } else if (payload instanceof SafetyIssueResolved e) {
            statusChange(writes, event, e.groupId(), e.issueId(), e.category(),
                    e.status() == IssueStatus.REFERRED ? IssueChange.REFERRED : IssueChange.RESOLVED, e.resolvedOn());
        } else if (payload instanceof SafetyIssueReopened e) {
            statusChange(writes, event, e.groupId(), e.issueId(), e.category(), IssueChange.REOPENED, e.reopenedOn());
        }
        // SafetyIssueFollowedUp changes no figure: a follow-up meeting leaves the issue's status as it was
    }

    /**
     * Records the change once (a change is known by its issue and ce_sequence) and, when it is new, moves the issue's
     * status and resolution date if it is the issue's latest change and counts a reopening, in one statement.
     */
    private static void statusChange(ReadModelWrites writes, InboundEvent event, UUID groupId, UUID issueId,
            IssueCategory category, IssueChange change, LocalDate effectiveOn) {
        writes.add("""
                WITH recorded AS (
                    INSERT INTO {rm}.issue_change (issue_id, sequence, change, status, effective_on)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (issue_id, sequence) DO NOTHING
                    RETURNING issue_id, sequence, change, status, effective_on)
                INSERT INTO {rm}.issue AS i (issue_id, group_id, category, status, resolved_on, status_sequence,
                                             reopenings)
                SELECT issue_id, ?, CAST(? AS text), status,
                       CASE WHEN status IN ('RESOLVED', 'REFERRED') THEN effective_on END, sequence,
                       CASE WHEN change = 'REOPENED' THEN 1 ELSE 0 END
                FROM recorded
                ON CONFLICT (issue_id) DO UPDATE SET
                    category = COALESCE(i.category, EXCLUDED.category),
                    status = CASE WHEN EXCLUDED.status_sequence > COALESCE(i.status_sequence, -1)
                                  THEN EXCLUDED.status ELSE i.status END,
                    resolved_on = CASE WHEN EXCLUDED.status_sequence > COALESCE(i.status_sequence, -1)
                                       THEN EXCLUDED.resolved_on ELSE i.resolved_on END,
                    status_sequence = GREATEST(EXCLUDED.status_sequence, i.status_sequence),
                    reopenings = i.reopenings + EXCLUDED.reopenings
                """, issueId, event.sequence(), change.name(), change.status, effectiveOn, groupId,
                category == null ? null : category.name());
    }

    private static void meetingHeld(ReadModelWrites writes, InboundEvent event, GroupMeetingHeld e) {
        writes.add("""
                INSERT INTO {rm}.meeting (meeting_id, group_id, held_on, female, male, police, community)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (meeting_id) DO NOTHING
                """, e.meetingId(), e.groupId(), e.heldOn(), e.participants().female(), e.participants().male(),
                e.participants().police(), e.participants().community());
        for (RaisedIssue issue : e.issuesRaised()) {
            writes.add("""
                    INSERT INTO {rm}.issue AS i (issue_id, group_id, category, raised_on)
                    VALUES (?, ?, CAST(? AS text), ?)
                    ON CONFLICT (issue_id) DO UPDATE SET raised_on = EXCLUDED.raised_on,
                        category = COALESCE(EXCLUDED.category, i.category)
                    """, issue.issueId(), e.groupId(), issue.category() == null ? null : issue.category().name(),
                    e.heldOn());
        }
        // after the raisings, so that the same statements follow each other and go out as one batch
        for (RaisedIssue issue : e.issuesRaised()) {
            statusChange(writes, event, e.groupId(), issue.issueId(), issue.category(), IssueChange.RAISED, e.heldOn());
        }
    }

    /** What happened to an issue, and the status it leaves the issue in. */
    private enum IssueChange {
        RAISED("OPEN"), ACTION_AGREED("IN_PROGRESS"), RESOLVED("RESOLVED"), REFERRED("REFERRED"), REOPENED("OPEN");

        private final String status;

        IssueChange(String status) {
            this.status = status;
        }
    }
}
