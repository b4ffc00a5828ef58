package org.hamkori.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.Sex;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.MeetingParticipants;
import org.hamkori.contract.groups.MemberRole;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.kit.reference.Place;
import org.hamkori.replica.KnownCenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Membership, meeting, issue and dissolution rules of a group, on the aggregate alone. */
class GroupRulesTest {

    private static final LocalDate CENTER_OPENED = LocalDate.of(2023, 1, 10);
    static final LocalDate FORMED = LocalDate.of(2023, 2, 1);
    private static final MeetingParticipants PARTICIPANTS = new MeetingParticipants(5, 7, 3, 9);

    @Test
    void aGroupTakesItsPlaceFromItsCenterAndIsNotFormedBeforeTheCenterOpened() {
        Group group = form();
        assertEquals(GroupStatus.ACTIVE, group.status);
        assertEquals("TJ-SU", group.regionCode);
        assertEquals("TJ-SU-03", group.districtCode);

        assertThrows(BusinessRuleViolation.class,
                () -> Group.form("Early", center(), CENTER_OPENED.minusDays(1), null));
    }

    @Test
    void membersJoinNotBeforeTheGroupWasFormedAndLeaveOnceNotBeforeJoining() {
        Group group = form();
        assertRefusedNaming("2023-02-01", () -> group.admit(member(group, FORMED.minusDays(1))));

        Member member = member(group, FORMED.plusDays(3));
        group.admit(member);
        assertEquals(1, group.currentMembers);

        assertRefusedNaming("2023-02-04", () -> group.release(member, FORMED.plusDays(2)));
        group.release(member, FORMED.plusDays(10));
        assertEquals(0, group.currentMembers);
        assertFalse(member.isCurrent());
        assertRefusedNaming("already left", () -> group.release(member, FORMED.plusDays(11)));
    }

    @Test
    void aMemberJoinsOnTheDayTheGroupIsFormedAndMayLeaveOnTheDayTheyJoined() {
        Group group = form();
        Member founder = member(group, FORMED);
        group.admit(founder);

        group.release(founder, FORMED);
        assertEquals(FORMED, founder.leftOn);
    }

    @Test
    void aMeetingIsNotHeldBeforeTheGroupWasFormedAndItsIssuesAreOpen() {
        Group group = form();
        assertRefusedNaming("2023-02-01", () -> group.hold(meeting(group, FORMED.minusDays(1))));

        Meeting meeting = meeting(group, FORMED.plusDays(7));
        var held = group.hold(meeting);

        assertEquals(1, group.meetingsHeld);
        assertEquals(2, group.openIssues);
        assertEquals(2, held.issuesRaised().size());
        assertEquals(SafetyIssueStatus.OPEN, meeting.issuesRaised.get(0).status);
    }

    @Test
    void anIssueIsResolvedOnceAndNotBeforeTheMeetingThatRaisedIt() {
        Group group = form();
        Meeting meeting = meeting(group, FORMED.plusDays(7));
        group.hold(meeting);
        SafetyIssue issue = meeting.issuesRaised.get(0);

        assertThrows(BusinessRuleViolation.class,
                () -> group.resolve(issue, IssueStatus.RESOLVED, FORMED.plusDays(6), "talked"));
        group.resolve(issue, IssueStatus.REFERRED, FORMED.plusDays(9), "to the district office");

        assertEquals(SafetyIssueStatus.REFERRED, issue.status);
        assertEquals(1, group.openIssues);
        assertThrows(BusinessRuleViolation.class,
                () -> group.resolve(issue, IssueStatus.RESOLVED, FORMED.plusDays(10), "again"));
    }

    @Test
    void aGroupIsDissolvedNotBeforeItsLastActivityAndThenAcceptsNoChange() {
        Group group = form();
        group.hold(meeting(group, FORMED.plusDays(20)));

        assertRefusedNaming("last recorded activity on 2023-02-21", () -> group.dissolve(FORMED.plusDays(19)));
        group.dissolve(FORMED.plusDays(20));

        assertEquals(GroupStatus.DISSOLVED, group.status);
        assertThrows(BusinessRuleViolation.class, () -> group.admit(member(group, FORMED.plusDays(21))));
        assertThrows(BusinessRuleViolation.class, () -> group.hold(meeting(group, FORMED.plusDays(21))));
        assertThrows(BusinessRuleViolation.class, () -> group.dissolve(FORMED.plusDays(22)));
    }

    /** The refusal reaches the caller as the problem's detail, so it names what stands in the way. */
    private static void assertRefusedNaming(String named, Executable move) {
        BusinessRuleViolation refusal = assertThrows(BusinessRuleViolation.class, move);
        assertTrue(refusal.getMessage().contains(named), refusal.getMessage());
    }

    static Group form() {
        return Group.form("Neighbourhood watch", center(), FORMED, "OSCE");
    }

    private static KnownCenter center() {
        return new KnownCenter(UUID.randomUUID(), "TJ-001", "Khujand centre", new Place("TJ-SU", "TJ-SU-03"), "OPEN",
                CENTER_OPENED);
    }

    private static Member member(Group group, LocalDate joinedOn) {
        return Member.of(group.id, new MemberDetails("Dilnoza Karimova", Sex.FEMALE, MemberRole.COMMUNITY_REPRESENTATIVE,
                null, "Mahalla committee", "+992900000001", joinedOn));
    }

    static Meeting meeting(Group group, LocalDate heldOn) {
        return Meeting.of(group, heldOn, PARTICIPANTS, List.of(new IssueReport(IssueCategory.ROAD_SAFETY, "No crossing"),
                new IssueReport(IssueCategory.THEFT, "Bicycles stolen")));
    }
}
