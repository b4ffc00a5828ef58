package org.hamkori.groups;

import static org.hamkori.groups.GroupRulesTest.FORMED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.ResponsibleParty;
import org.hamkori.contract.groups.SafetyIssueActionAgreed;
import org.hamkori.contract.groups.SafetyIssueActionCompleted;
import org.hamkori.contract.groups.SafetyIssueFollowedUp;
import org.hamkori.contract.groups.SafetyIssueReopened;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The follow-up of a safety issue, from raised to solved, on the aggregate alone. */
class SafetyIssueRulesTest {

    private static final LocalDate RAISED = FORMED.plusDays(7);

    private Group group;
    private SafetyIssue issue;

    @BeforeEach
    void raiseAnIssue() {
        group = GroupRulesTest.form();
        Meeting meeting = GroupRulesTest.meeting(group, RAISED);
        group.hold(meeting);
        issue = meeting.issuesRaised.get(0);
    }

    @Test
    void agreeingAnActionPutsTheIssueInProgressAndPublishesWhoAndWhenButNotWhat() {
        SafetyIssueAction action = action(RAISED, RAISED.plusDays(30));
        SafetyIssueActionAgreed agreed = group.agree(action);

        assertEquals(new SafetyIssueActionAgreed(group.id, issue.id, action.id, IssueCategory.ROAD_SAFETY,
                ResponsibleParty.HUKUMAT, RAISED, RAISED.plusDays(30)), agreed);
        assertEquals(SafetyIssueStatus.IN_PROGRESS, issue.status);
        assertEquals(1, group.openActions);
        assertEquals(2, group.openIssues, "an issue in progress is still open");
        assertEquals(1, issue.actions.size());
    }

    @Test
    void anActionAgreedBeforeTheMeetingThatRaisedTheIssueIsAConflict() {
        assertThrows(BusinessRuleViolation.class, () -> group.agree(action(RAISED.minusDays(1), RAISED.plusDays(5))));
        assertEquals(SafetyIssueStatus.OPEN, issue.status);
        assertEquals(0, group.openActions);
    }

    @Test
    void noActionIsAgreedOnAResolvedOrReferredIssueUntilItIsReopened() {
        group.resolve(issue, IssueStatus.REFERRED, RAISED.plusDays(3), "to the district hukumat");
        assertThrows(BusinessRuleViolation.class, () -> group.agree(action(RAISED.plusDays(4), RAISED.plusDays(9))));

        group.reopen(issue, RAISED.plusDays(20), "came back");
        group.agree(action(RAISED.plusDays(21), RAISED.plusDays(40)));
        assertEquals(SafetyIssueStatus.IN_PROGRESS, issue.status);
    }

    @Test
    void completingAnActionRecordsItOnceAndNoLongerCountsItOpen() {
        SafetyIssueAction action = action(RAISED, RAISED.plusDays(30));
        group.agree(action);

        SafetyIssueActionCompleted completed = group.complete(action, RAISED.plusDays(12), "crossing painted");

        assertEquals(new SafetyIssueActionCompleted(group.id, issue.id, action.id, RAISED.plusDays(12)), completed);
        assertEquals(RAISED.plusDays(12), action.completedOn);
        assertEquals("crossing painted", action.completionNote);
        assertEquals(0, group.openActions);
        assertEquals(SafetyIssueStatus.IN_PROGRESS, issue.status, "completing an action does not resolve the issue");
    }

    @Test
    void completingAnActionTwiceIsAConflict() {
        SafetyIssueAction action = action(RAISED, RAISED.plusDays(30));
        group.agree(action);
        group.complete(action, RAISED.plusDays(12), null);

        assertThrows(BusinessRuleViolation.class, () -> group.complete(action, RAISED.plusDays(13), null));
        assertEquals(RAISED.plusDays(12), action.completedOn);
        assertEquals(0, group.openActions);
    }

    @Test
    void completingAnActionBeforeItWasAgreedIsAConflict() {
        SafetyIssueAction action = action(RAISED.plusDays(5), RAISED.plusDays(30));
        group.agree(action);

        assertThrows(BusinessRuleViolation.class, () -> group.complete(action, RAISED.plusDays(4), null));
        assertNull(action.completedOn);
        assertEquals(1, group.openActions);
    }

    @Test
    void anActionOfAnIssueResolvedMeanwhileMayStillBeCompleted() {
        SafetyIssueAction action = action(RAISED, RAISED.plusDays(30));
        group.agree(action);
        group.resolve(issue, IssueStatus.RESOLVED, RAISED.plusDays(10), "solved otherwise");

        group.complete(action, RAISED.plusDays(15), null);
        assertEquals(0, group.openActions);
    }

    @Test
    void aFollowUpIsNotDatedBeforeTheIssueWasRaisedAndMayFollowAClosedIssue() {
        assertThrows(BusinessRuleViolation.class,
                () -> group.followUp(SafetyIssueFollowUp.of(issue, RAISED.minusDays(1), "visited")));

        SafetyIssueFollowedUp followedUp = group.followUp(SafetyIssueFollowUp.of(issue, RAISED.plusDays(7), "visited"));
        assertEquals(new SafetyIssueFollowedUp(group.id, issue.id, RAISED.plusDays(7)), followedUp);
        assertEquals(SafetyIssueStatus.OPEN, issue.status, "a follow-up alone does not change where the issue stands");

        group.resolve(issue, IssueStatus.RESOLVED, RAISED.plusDays(10), "solved");
        group.followUp(SafetyIssueFollowUp.of(issue, RAISED.plusDays(40), "still solved"));
        assertEquals(2, group.followUpsHeld);
        assertEquals(2, issue.followUps.size());
    }

    @Test
    void reopeningAResolvedIssueOpensItAgainAndKeepsTheResolutionItUndid() {
        group.resolve(issue, IssueStatus.RESOLVED, RAISED.plusDays(10), "warden posted");
        assertEquals(1, group.openIssues);

        SafetyIssueReopened reopened = group.reopen(issue, RAISED.plusDays(60), "accidents again");

        assertEquals(new SafetyIssueReopened(group.id, issue.id, IssueCategory.ROAD_SAFETY, RAISED.plusDays(60)),
                reopened);
        assertEquals(SafetyIssueStatus.OPEN, issue.status);
        assertNull(issue.resolvedOn);
        assertNull(issue.outcome);
        assertEquals(2, group.openIssues);
        SafetyIssueReopening reopening = issue.reopenings.get(0);
        assertEquals("accidents again", reopening.reason);
        assertEquals(SafetyIssueStatus.RESOLVED, reopening.previousStatus);
        assertEquals(RAISED.plusDays(10), reopening.previousResolvedOn);
        assertEquals("warden posted", reopening.previousOutcome);
    }

    @Test
    void reopeningAnIssueStillBeingWorkedOnIsAConflict() {
        assertThrows(BusinessRuleViolation.class, () -> group.reopen(issue, RAISED.plusDays(1), "open anyway"));
        group.agree(action(RAISED, RAISED.plusDays(30)));
        assertThrows(BusinessRuleViolation.class, () -> group.reopen(issue, RAISED.plusDays(1), "in progress"));
        assertEquals(2, group.openIssues);
    }

    @Test
    void reopeningBeforeTheResolutionIsAConflict() {
        group.resolve(issue, IssueStatus.REFERRED, RAISED.plusDays(10), "to the police");
        assertThrows(BusinessRuleViolation.class, () -> group.reopen(issue, RAISED.plusDays(9), "too early"));
        assertEquals(SafetyIssueStatus.REFERRED, issue.status);
    }

    @Test
    void anIssueInProgressIsResolvedButAReopenedOneNotBeforeItWasReopened() {
        group.agree(action(RAISED, RAISED.plusDays(30)));
        group.resolve(issue, IssueStatus.RESOLVED, RAISED.plusDays(10), "solved");
        group.reopen(issue, RAISED.plusDays(50), "came back");

        assertThrows(BusinessRuleViolation.class,
                () -> group.resolve(issue, IssueStatus.RESOLVED, RAISED.plusDays(49), "before reopening"));
        group.resolve(issue, IssueStatus.REFERRED, RAISED.plusDays(50), "to the district police");
        assertEquals(SafetyIssueStatus.REFERRED, issue.status);
        assertEquals(1, group.openIssues);
    }

    @Test
    void anActionIsOverdueOnlyWhileNotCompletedPastItsDueDateAndItsIssueIsWorkedOn() {
        SafetyIssueAction action = action(RAISED, RAISED.plusDays(30));
        group.agree(action);

        assertFalse(action.isOverdue(RAISED.plusDays(30)), "due that day, not yet overdue");
        assertTrue(action.isOverdue(RAISED.plusDays(31)));
        assertTrue(issue.isOverdue(RAISED.plusDays(31)));

        group.resolve(issue, IssueStatus.REFERRED, RAISED.plusDays(20), "to the hukumat");
        assertFalse(issue.isOverdue(RAISED.plusDays(31)), "a closed issue has nothing overdue");
        group.reopen(issue, RAISED.plusDays(25), "came back");
        assertTrue(issue.isOverdue(RAISED.plusDays(31)), "its pending action is overdue again");
        group.complete(action, RAISED.plusDays(32), null);
        assertFalse(issue.isOverdue(RAISED.plusDays(33)));
    }

    @Test
    void aDissolvedGroupsIssuesAcceptNoFollowUpAtAll() {
        SafetyIssueAction pending = action(RAISED, RAISED.plusDays(30));
        group.agree(pending);
        SafetyIssue resolved = issue.meeting.issuesRaised.get(1);
        group.resolve(resolved, IssueStatus.RESOLVED, RAISED.plusDays(10), "solved");
        group.dissolve(RAISED.plusDays(40));

        assertThrows(BusinessRuleViolation.class, () -> group.agree(action(RAISED.plusDays(41), RAISED.plusDays(50))));
        assertThrows(BusinessRuleViolation.class, () -> group.complete(pending, RAISED.plusDays(41), null));
        assertThrows(BusinessRuleViolation.class,
                () -> group.followUp(SafetyIssueFollowUp.of(issue, RAISED.plusDays(41), "visited")));
        assertThrows(BusinessRuleViolation.class, () -> group.reopen(resolved, RAISED.plusDays(41), "came back"));
        assertEquals(SafetyIssueStatus.IN_PROGRESS, issue.status);
        assertEquals(SafetyIssueStatus.RESOLVED, resolved.status);
    }

    private SafetyIssueAction action(LocalDate agreedOn, LocalDate dueOn) {
        return SafetyIssueAction.of(issue, new ActionPlan("Paint a crossing by school no. 5", ResponsibleParty.HUKUMAT,
                agreedOn, dueOn));
    }
}
