package org.hamkori.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import org.hamkori.contract.groups.GroupDissolved;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.contract.groups.GroupMeetingHeld;
import org.hamkori.contract.groups.GroupMemberJoined;
import org.hamkori.contract.groups.GroupMemberLeft;
import org.hamkori.contract.groups.RaisedIssue;
import org.hamkori.contract.groups.SafetyIssueResolved;
import org.hamkori.kit.inbox.InboundEvent;

/**
 * Projects groups.events. Forming, dissolving, joining and leaving are dated facts that only accumulate, so each
 * event fills in its own columns and the order of arrival does not matter; an issue's status follows the
 * resolution with the highest {@code ce_sequence}.
 */
@ApplicationScoped
public class GroupProjector {

    void apply(ReadModelWrites writes, InboundEvent event) {
        Object payload = event.payload();
        if (payload instanceof GroupFormed e) {
            writes.add("""
                    INSERT INTO {rm}.group_info AS g (group_id, center_id, region_code, district_code, formed_on)
                    VALUES (?, CAST(? AS uuid), ?, ?, ?)
                    ON CONFLICT (group_id) DO UPDATE SET center_id = EXCLUDED.center_id,
                        region_code = EXCLUDED.region_code, district_code = EXCLUDED.district_code,
                        formed_on = EXCLUDED.formed_on
                    """, e.groupId(), e.centerId(), e.regionCode(), e.districtCode(), e.formedOn());
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
            meetingHeld(writes, e);
        } else if (payload instanceof SafetyIssueResolved e) {
            writes.add("""
                    INSERT INTO {rm}.issue AS i (issue_id, group_id, category, status, resolved_on, resolution_sequence)
                    VALUES (?, ?, CAST(? AS text), ?, ?, ?)
                    ON CONFLICT (issue_id) DO UPDATE SET
                        category = COALESCE(i.category, EXCLUDED.category),
                        status = CASE WHEN EXCLUDED.resolution_sequence > COALESCE(i.resolution_sequence, -1)
                                      THEN EXCLUDED.status ELSE i.status END,
                        resolved_on = CASE WHEN EXCLUDED.resolution_sequence > COALESCE(i.resolution_sequence, -1)
                                           THEN EXCLUDED.resolved_on ELSE i.resolved_on END,
                        resolution_sequence = GREATEST(EXCLUDED.resolution_sequence, i.resolution_sequence)
                    """, e.issueId(), e.groupId(), e.category() == null ? null : e.category().name(), e.status().name(),
                    e.resolvedOn(), event.sequence());
        }
    }

    private static void meetingHeld(ReadModelWrites writes, GroupMeetingHeld e) {
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
    }
}
