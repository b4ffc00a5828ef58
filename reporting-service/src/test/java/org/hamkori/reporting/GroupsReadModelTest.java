package org.hamkori.reporting;

import static java.util.Map.entry;
import static org.hamkori.reporting.ReportsApi.assertDeltas;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.contract.Sex;
import org.hamkori.contract.fixtures.GoldenFixtures;
import org.hamkori.contract.groups.GroupDissolved;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.contract.groups.GroupMeetingHeld;
import org.hamkori.contract.groups.GroupMemberJoined;
import org.hamkori.contract.groups.GroupMemberLeft;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.MeetingParticipants;
import org.hamkori.contract.groups.MemberRole;
import org.hamkori.contract.groups.RaisedIssue;
import org.hamkori.contract.groups.SafetyIssueResolved;
import org.hamkori.contract.reference.District;
import org.hamkori.reporting.ReportsApi.Reports;
import org.junit.jupiter.api.Test;

/** The groups' read model, fed by records written straight to groups.events. */
@QuarkusTest
class GroupsReadModelTest extends ProgrammeEventsFixture {

    private static final LocalDate DAY = LocalDate.parse("2022-03-01");

    @Test
    void figuresFollowGroupsMembersMeetingsAndIssuesPerDistrictRegionAndOverall() {
        District district = ReportsApi.quietDistrict();
        Reports before = Reports.settled();

        UUID group = events.formGroupWhoseThirdMemberLeaves(district, DAY, DAY.plusMonths(2));
        List<UUID> issues = events.holdMeeting(group, DAY.plusDays(10), new MeetingParticipants(5, 9, 4, 10), 3);
        events.resolve(group, issues.get(0), IssueStatus.RESOLVED, DAY.plusDays(20));
        events.resolve(group, issues.get(1), IssueStatus.REFERRED, DAY.plusDays(21));

        UUID dissolved = events.formGroup(district, DAY);
        events.join(dissolved, MemberRole.POLICE_OFFICER, Sex.MALE, DAY);
        events.join(dissolved, MemberRole.COMMUNITY_REPRESENTATIVE, Sex.FEMALE, DAY);
        events.holdMeeting(dissolved, DAY.plusDays(3), new MeetingParticipants(1, 1, 1, 1), 0);
        events.dissolve(dissolved, DAY.plusMonths(6));

        Reports after = Reports.settled();
        assertDeltas(before, after, district, Map.ofEntries(
                entry("groups.active", 1L), entry("groups.dissolved", 1L),
                entry("groups.members.total", 2L), entry("groups.members.police", 1L),
                entry("groups.members.community", 1L), entry("groups.members.female", 1L),
                entry("groups.members.male", 1L),
                entry("meetings.held", 2L), entry("meetings.participants", 16L),
                entry("issues.raised", 3L), entry("issues.resolved", 1L), entry("issues.referred", 1L)));
    }

    @Test
    void aDuplicateGroupEventIsCountedOnce() {
        District district = ReportsApi.quietDistrict();
        Reports before = Reports.settled();

        UUID group = events.formGroup(district, DAY);
        GroupMemberJoined joined = new GroupMemberJoined(group, UUID.randomUUID(), MemberRole.POLICE_OFFICER, Sex.MALE,
                DAY);
        UUID ceId = UUID.randomUUID();
        events.send(ceId, joined, 2);
        events.send(ceId, joined, 2);
        GroupMeetingHeld meeting = new GroupMeetingHeld(group, UUID.randomUUID(), DAY,
                new MeetingParticipants(2, 2, 1, 3), List.of(new RaisedIssue(UUID.randomUUID(), IssueCategory.THEFT)));
        UUID meetingCeId = UUID.randomUUID();
        events.send(meetingCeId, meeting, 3);
        events.send(meetingCeId, meeting, 3);
        // the same meeting published again under a new ce_id (a producer's retry) is still one meeting
        events.send(UUID.randomUUID(), meeting, 3);

        Reports after = Reports.settled();
        assertDeltas(before, after, district, Map.of("groups.active", 1L, "groups.members.total", 1L,
                "groups.members.police", 1L, "meetings.held", 1L, "meetings.participants", 4L, "issues.raised", 1L));
    }

    @Test
    void membersOfADissolvedGroupAndMembersWhoLeftNoLongerCount() {
        District district = ReportsApi.quietDistrict();
        UUID group = events.formGroup(district, DAY);
        events.join(group, MemberRole.POLICE_OFFICER, Sex.FEMALE, DAY);
        UUID leaving = events.join(group, MemberRole.COMMUNITY_REPRESENTATIVE, Sex.MALE, DAY);
        Reports joined = Reports.settled();

        events.leave(group, leaving, DAY.plusDays(1));
        Reports left = Reports.settled();
        assertDeltas(joined, left, district, Map.of("groups.members.total", -1L, "groups.members.community", -1L,
                "groups.members.male", -1L, "groups.members.police", 0L, "groups.active", 0L));

        events.dissolve(group, DAY.plusDays(2));
        Reports dissolved = Reports.settled();
        assertDeltas(left, dissolved, district, Map.of("groups.members.total", -1L, "groups.members.police", -1L,
                "groups.members.female", -1L, "groups.active", -1L, "groups.dissolved", 1L));
    }

    @Test
    void eventsOfAGroupThatArriveBeforeItIsFormedCountOnceItIs() {
        District district = ReportsApi.quietDistrict();
        Reports before = Reports.settled();
        UUID group = UUID.randomUUID();
        events.send(UUID.randomUUID(), new GroupMemberJoined(group, UUID.randomUUID(), MemberRole.POLICE_OFFICER,
                Sex.FEMALE, DAY), 2);
        events.send(UUID.randomUUID(), new GroupMeetingHeld(group, UUID.randomUUID(), DAY,
                new MeetingParticipants(3, 0, 1, 2), List.of()), 3);
        Reports early = Reports.settled();
        assertDeltas(before, early, district, Map.of("groups.members.total", 0L, "meetings.held", 0L));

        events.send(UUID.randomUUID(), new GroupFormed(group, UUID.randomUUID(), district.regionCode(), district.code(),
                DAY, "SAFERWORLD"), 1);
        Reports after = Reports.settled();
        assertDeltas(before, after, district, Map.of("groups.active", 1L, "groups.members.total", 1L,
                "groups.members.female", 1L, "meetings.held", 1L, "meetings.participants", 3L));
    }

    @Test
    void aLateResolutionDoesNotRollAnIssueBack() {
        District district = ReportsApi.quietDistrict();
        UUID group = events.formGroup(district, DAY);
        UUID issue = events.holdMeeting(group, DAY, new MeetingParticipants(1, 1, 1, 1), 1).get(0);
        Reports before = Reports.settled();

        events.send(UUID.randomUUID(), new SafetyIssueResolved(group, issue, IssueCategory.THEFT, DAY.plusDays(9), IssueStatus.RESOLVED), 9);
        events.send(UUID.randomUUID(), new SafetyIssueResolved(group, issue, IssueCategory.THEFT, DAY.plusDays(5), IssueStatus.REFERRED), 5);

        Reports after = Reports.settled();
        assertDeltas(before, after, district, Map.of("issues.resolved", 1L, "issues.referred", 0L));
    }

    @Test
    void everyGroupsGoldenFixtureIsAppliedInAPlaceOfItsOwn() {
        GroupFormed formed = GoldenFixtures.event(GroupFormed.class);
        District district = ReportsApi.quietDistrict();
        Reports before = Reports.settled();

        UUID group = UUID.randomUUID();
        events.send(UUID.randomUUID(), new GroupFormed(group, formed.centerId(), district.regionCode(),
                district.code(), formed.formedOn(), formed.facilitatingPartner()), 1);
        GroupMemberJoined joined = GoldenFixtures.event(GroupMemberJoined.class);
        UUID member = UUID.randomUUID();
        events.send(UUID.randomUUID(), new GroupMemberJoined(group, member, joined.role(), joined.sex(),
                joined.joinedOn()), 2);
        GroupMeetingHeld held = GoldenFixtures.event(GroupMeetingHeld.class);
        List<RaisedIssue> raised = held.issuesRaised().stream()
                .map(i -> new RaisedIssue(UUID.randomUUID(), i.category())).toList();
        events.send(UUID.randomUUID(), new GroupMeetingHeld(group, UUID.randomUUID(), held.heldOn(),
                held.participants(), raised), 3);
        SafetyIssueResolved resolved = GoldenFixtures.event(SafetyIssueResolved.class);
        events.send(UUID.randomUUID(), new SafetyIssueResolved(group, raised.get(0).issueId(), resolved.category(),
                resolved.resolvedOn(), resolved.status()), 4);
        GroupMemberLeft left = GoldenFixtures.event(GroupMemberLeft.class);
        events.send(UUID.randomUUID(), new GroupMemberLeft(group, member, left.leftOn()), 5);
        GroupDissolved dissolved = GoldenFixtures.event(GroupDissolved.class);
        events.send(UUID.randomUUID(), new GroupDissolved(group, dissolved.dissolvedOn()), 6);

        Reports after = Reports.settled();
        long resolvedDelta = resolved.status() == IssueStatus.RESOLVED ? 1 : 0;
        assertDeltas(before, after, district, Map.of("groups.active", 0L, "groups.dissolved", 1L,
                "groups.members.total", 0L, "meetings.held", 1L,
                "meetings.participants", (long) held.participants().total(),
                "issues.raised", (long) raised.size(), "issues.resolved", resolvedDelta,
                "issues.referred", 1 - resolvedDelta));
    }
}
