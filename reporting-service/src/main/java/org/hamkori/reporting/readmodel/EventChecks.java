package org.hamkori.reporting.readmodel;

import java.util.ArrayList;
import java.util.List;
import org.hamkori.contract.DomainEvent;
import org.hamkori.contract.centers.CenterClosed;
import org.hamkori.contract.centers.CenterDetailsChanged;
import org.hamkori.contract.centers.CenterOpened;
import org.hamkori.contract.centers.CenterRegistered;
import org.hamkori.contract.centers.CenterRenovated;
import org.hamkori.contract.centers.CenterRenovationStarted;
import org.hamkori.contract.groups.GroupDissolved;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.contract.groups.GroupMeetingHeld;
import org.hamkori.contract.groups.GroupMemberJoined;
import org.hamkori.contract.groups.GroupMemberLeft;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.RaisedIssue;
import org.hamkori.contract.groups.SafetyIssueActionAgreed;
import org.hamkori.contract.groups.SafetyIssueActionCompleted;
import org.hamkori.contract.groups.SafetyIssueReopened;
import org.hamkori.contract.groups.SafetyIssueResolved;
import org.hamkori.contract.training.CertificateRevoked;
import org.hamkori.contract.training.TraineeCertified;
import org.hamkori.contract.training.TrainingSessionCompleted;
import org.hamkori.contract.training.TrainingSessionScheduled;
import org.hamkori.kit.inbox.EventRejectedException;

/**
 * The fields the read models rely on. An event that parses but lacks one of them is rejected before anything is
 * written, so it is dead-lettered with the reason by the live consumer and skipped the same way by a replay.
 */
public final class EventChecks {

    private EventChecks() {
    }

    /** @throws EventRejectedException naming every missing field */
    public static void requireComplete(DomainEvent event) {
        List<String> missing = new ArrayList<>();
        if (event instanceof CenterRegistered e) {
            require(missing, e.regionCode(), "regionCode", e.districtCode(), "districtCode", e.constructionType(),
                    "constructionType");
        } else if (event instanceof CenterDetailsChanged e) {
            require(missing, e.regionCode(), "regionCode", e.districtCode(), "districtCode", e.constructionType(),
                    "constructionType");
        } else if (event instanceof CenterOpened e) {
            require(missing, e.openedOn(), "openedOn", e.regionCode(), "regionCode", e.districtCode(), "districtCode",
                    e.constructionType(), "constructionType");
        } else if (event instanceof CenterRenovationStarted e) {
            require(missing, e.startedOn(), "startedOn");
        } else if (event instanceof CenterRenovated e) {
            require(missing, e.completedOn(), "completedOn");
        } else if (event instanceof CenterClosed e) {
            require(missing, e.closedOn(), "closedOn");
        } else if (event instanceof GroupFormed e) {
            require(missing, e.regionCode(), "regionCode", e.districtCode(), "districtCode", e.formedOn(), "formedOn");
        } else if (event instanceof GroupMemberJoined e) {
            require(missing, e.memberId(), "memberId", e.role(), "role", e.sex(), "sex", e.joinedOn(), "joinedOn");
        } else if (event instanceof GroupMemberLeft e) {
            require(missing, e.memberId(), "memberId", e.leftOn(), "leftOn");
        } else if (event instanceof GroupMeetingHeld e) {
            require(missing, e.meetingId(), "meetingId", e.heldOn(), "heldOn", e.participants(), "participants",
                    e.issuesRaised(), "issuesRaised");
            if (e.issuesRaised() != null) {
                for (RaisedIssue issue : e.issuesRaised()) {
                    require(missing, issue == null ? null : issue.issueId(), "issuesRaised[].issueId");
                }
            }
        } else if (event instanceof SafetyIssueResolved e) {
            require(missing, e.issueId(), "issueId", e.resolvedOn(), "resolvedOn", e.status(), "status");
            if (e.status() == IssueStatus.OPEN) {
                throw new EventRejectedException("SafetyIssueResolved with status OPEN");
            }
        } else if (event instanceof SafetyIssueActionAgreed e) {
            require(missing, e.issueId(), "issueId", e.actionId(), "actionId", e.agreedOn(), "agreedOn", e.dueOn(),
                    "dueOn");
        } else if (event instanceof SafetyIssueActionCompleted e) {
            require(missing, e.issueId(), "issueId", e.actionId(), "actionId", e.completedOn(), "completedOn");
        } else if (event instanceof SafetyIssueReopened e) {
            require(missing, e.issueId(), "issueId", e.reopenedOn(), "reopenedOn");
        } else if (event instanceof GroupDissolved e) {
            require(missing, e.dissolvedOn(), "dissolvedOn");
        } else if (event instanceof TrainingSessionScheduled e) {
            require(missing, e.courseCode(), "courseCode", e.regionCode(), "regionCode", e.districtCode(),
                    "districtCode");
        } else if (event instanceof TrainingSessionCompleted e) {
            require(missing, e.completedOn(), "completedOn");
        } else if (event instanceof TraineeCertified e) {
            require(missing, e.courseCode(), "courseCode", e.category(), "category", e.sex(), "sex", e.ageBand(),
                    "ageBand", e.regionCode(), "regionCode", e.districtCode(), "districtCode", e.certifiedOn(),
                    "certifiedOn");
        } else if (event instanceof CertificateRevoked e) {
            require(missing, e.revokedOn(), "revokedOn");
        }
        if (!missing.isEmpty()) {
            throw new EventRejectedException(event.getClass().getSimpleName() + " lacks " + String.join(", ", missing));
        }
    }

    /** Pairs of value and field name. */
    private static void require(List<String> missing, Object... valuesAndNames) {
        for (int i = 0; i < valuesAndNames.length; i += 2) {
            if (valuesAndNames[i] == null) {
                missing.add((String) valuesAndNames[i + 1]);
            }
        }
    }
}
