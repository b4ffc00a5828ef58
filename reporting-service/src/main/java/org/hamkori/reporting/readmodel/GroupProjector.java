package org.hamkori.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    @Inject
    EntityManager entityManager;

    public void apply(Generation generation, InboundEvent event) {
        Object payload = event.payload();
        if (payload instanceof GroupFormed e) {
            entityManager.createNativeQuery(generation.sql("""
                    INSERT INTO {rm}.group_info AS g (group_id, center_id, region_code, district_code, formed_on)
                    VALUES (:group, CAST(:center AS uuid), :region, :district, :formedOn)
                    ON CONFLICT (group_id) DO UPDATE SET center_id = EXCLUDED.center_id,
                        region_code = EXCLUDED.region_code, district_code = EXCLUDED.district_code,
                        formed_on = EXCLUDED.formed_on
                    """))
                    .setParameter("group", e.groupId())
                    .setParameter("center", e.centerId())
                    .setParameter("region", e.regionCode())
                    .setParameter("district", e.districtCode())
                    .setParameter("formedOn", e.formedOn())
                    .executeUpdate();
        } else if (payload instanceof GroupDissolved e) {
            entityManager.createNativeQuery(generation.sql("""
                    INSERT INTO {rm}.group_info (group_id, dissolved_on) VALUES (:group, :dissolvedOn)
                    ON CONFLICT (group_id) DO UPDATE SET dissolved_on = EXCLUDED.dissolved_on
                    """))
                    .setParameter("group", e.groupId())
                    .setParameter("dissolvedOn", e.dissolvedOn())
                    .executeUpdate();
        } else if (payload instanceof GroupMemberJoined e) {
            entityManager.createNativeQuery(generation.sql("""
                    INSERT INTO {rm}.member (member_id, group_id, role, sex, joined_on)
                    VALUES (:member, :group, :role, :sex, :joinedOn)
                    ON CONFLICT (member_id) DO UPDATE SET role = EXCLUDED.role, sex = EXCLUDED.sex,
                        joined_on = EXCLUDED.joined_on
                    """))
                    .setParameter("member", e.memberId())
                    .setParameter("group", e.groupId())
                    .setParameter("role", e.role().name())
                    .setParameter("sex", e.sex().name())
                    .setParameter("joinedOn", e.joinedOn())
                    .executeUpdate();
        } else if (payload instanceof GroupMemberLeft e) {
            entityManager.createNativeQuery(generation.sql("""
                    INSERT INTO {rm}.member (member_id, group_id, left_on) VALUES (:member, :group, :leftOn)
                    ON CONFLICT (member_id) DO UPDATE SET left_on = EXCLUDED.left_on
                    """))
                    .setParameter("member", e.memberId())
                    .setParameter("group", e.groupId())
                    .setParameter("leftOn", e.leftOn())
                    .executeUpdate();
        } else if (payload instanceof GroupMeetingHeld e) {
            meetingHeld(generation, e);
        } else if (payload instanceof SafetyIssueResolved e) {
            entityManager.createNativeQuery(generation.sql("""
                    INSERT INTO {rm}.issue AS i (issue_id, group_id, category, status, resolved_on, resolution_sequence)
                    VALUES (:issue, :group, CAST(:category AS text), :status, :resolvedOn, :sequence)
                    ON CONFLICT (issue_id) DO UPDATE SET
                        category = COALESCE(i.category, EXCLUDED.category),
                        status = CASE WHEN EXCLUDED.resolution_sequence > COALESCE(i.resolution_sequence, -1)
                                      THEN EXCLUDED.status ELSE i.status END,
                        resolved_on = CASE WHEN EXCLUDED.resolution_sequence > COALESCE(i.resolution_sequence, -1)
                                           THEN EXCLUDED.resolved_on ELSE i.resolved_on END,
                        resolution_sequence = GREATEST(EXCLUDED.resolution_sequence, i.resolution_sequence)
                    """))
                    .setParameter("issue", e.issueId())
                    .setParameter("group", e.groupId())
                    .setParameter("category", e.category() == null ? null : e.category().name())
                    .setParameter("status", e.status().name())
                    .setParameter("resolvedOn", e.resolvedOn())
                    .setParameter("sequence", event.sequence())
                    .executeUpdate();
        }
    }

    private void meetingHeld(Generation generation, GroupMeetingHeld e) {
        entityManager.createNativeQuery(generation.sql("""
                INSERT INTO {rm}.meeting (meeting_id, group_id, held_on, female, male, police, community)
                VALUES (:meeting, :group, :heldOn, :female, :male, :police, :community)
                ON CONFLICT (meeting_id) DO NOTHING
                """))
                .setParameter("meeting", e.meetingId())
                .setParameter("group", e.groupId())
                .setParameter("heldOn", e.heldOn())
                .setParameter("female", e.participants().female())
                .setParameter("male", e.participants().male())
                .setParameter("police", e.participants().police())
                .setParameter("community", e.participants().community())
                .executeUpdate();
        for (RaisedIssue issue : e.issuesRaised()) {
            entityManager.createNativeQuery(generation.sql("""
                    INSERT INTO {rm}.issue AS i (issue_id, group_id, category, raised_on)
                    VALUES (:issue, :group, CAST(:category AS text), :raisedOn)
                    ON CONFLICT (issue_id) DO UPDATE SET raised_on = EXCLUDED.raised_on,
                        category = COALESCE(EXCLUDED.category, i.category)
                    """))
                    .setParameter("issue", issue.issueId())
                    .setParameter("group", e.groupId())
                    .setParameter("category", issue.category() == null ? null : issue.category().name())
                    .setParameter("raisedOn", e.heldOn())
                    .executeUpdate();
        }
    }
}
