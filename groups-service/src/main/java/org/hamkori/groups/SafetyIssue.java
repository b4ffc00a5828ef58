package org.hamkori.groups;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.kit.audit.Personal;
import org.hamkori.kit.domain.BusinessRuleViolation;

/**
 * A local safety problem raised at a meeting and followed up until the group resolves it or refers it elsewhere
 * ({@link SafetyIssueStatus}); a closed issue that comes back is reopened. Changed only through its {@link Group}.
 */
@Entity
public class SafetyIssue {

    @Id
    public UUID id;
    /** Also {@link #group}'s join column, so named as that one is: Hibernate maps a column under one name only. */
    @Column(name = "group_id")
    public UUID groupId;
    /** Read-only: the group's place and name for the programme's issue board. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(insertable = false, updatable = false)
    public Group group;
    @ManyToOne(fetch = FetchType.LAZY)
    public Meeting meeting;
    public int position;
    @Enumerated(EnumType.STRING)
    public IssueCategory category;
    @Personal
    public String description;
    @Enumerated(EnumType.STRING)
    public SafetyIssueStatus status;
    public LocalDate resolvedOn;
    @Personal
    public String outcome;
    @OneToMany(mappedBy = "issue", cascade = CascadeType.PERSIST)
    @OrderBy("agreedOn, recordedAt")
    public List<SafetyIssueAction> actions = new ArrayList<>();
    @OneToMany(mappedBy = "issue", cascade = CascadeType.PERSIST)
    @OrderBy("heldOn, recordedAt")
    public List<SafetyIssueFollowUp> followUps = new ArrayList<>();
    @OneToMany(mappedBy = "issue", cascade = CascadeType.PERSIST)
    @OrderBy("reopenedOn, recordedAt")
    public List<SafetyIssueReopening> reopenings = new ArrayList<>();

    static SafetyIssue raised(Group group, Meeting meeting, int position, IssueReport report) {
        SafetyIssue issue = new SafetyIssue();
        issue.id = UUID.randomUUID();
        issue.groupId = group.id;
        issue.group = group;
        issue.meeting = meeting;
        issue.position = position;
        issue.category = report.category();
        issue.description = report.description();
        issue.status = SafetyIssueStatus.OPEN;
        return issue;
    }

    public LocalDate raisedOn() {
        return meeting.heldOn;
    }

    /** An action of this issue not completed and past its due date while the issue is still being worked on. */
    public boolean isOverdue(LocalDate today) {
        return actions.stream().anyMatch(action -> action.isOverdue(today));
    }

    void agree(SafetyIssueAction action) {
        requireNotClosed("agree an action on");
        requireNotBeforeRaised(action.agreedOn, "An action cannot be agreed");
        actions.add(action);
        status = SafetyIssueStatus.IN_PROGRESS;
    }

    void followUp(SafetyIssueFollowUp followUp) {
        requireNotBeforeRaised(followUp.heldOn, "A safety issue cannot be followed up");
        followUps.add(followUp);
    }

    void close(SafetyIssueStatus outcomeStatus, LocalDate resolvedOn, String outcome) {
        if (!outcomeStatus.isClosed()) {
            throw new IllegalArgumentException("an issue closes as RESOLVED or REFERRED");
        }
        requireNotClosed("resolve or refer");
        requireNotBeforeRaised(resolvedOn, "A safety issue cannot be resolved");
        LocalDate reopenedOn = lastReopenedOn();
        if (reopenedOn != null && resolvedOn.isBefore(reopenedOn)) {
            throw new BusinessRuleViolation("A safety issue cannot be resolved before it was reopened on " + reopenedOn);
        }
        this.status = outcomeStatus;
        this.resolvedOn = resolvedOn;
        this.outcome = outcome;
    }

    /** Back to OPEN: actions agreed before belong to the attempt that closed it, so it is not in progress yet. */
    void reopen(LocalDate reopenedOn, String reason) {
        if (!status.isClosed()) {
            throw new BusinessRuleViolation("Safety issue " + id + " is " + status
                    + "; only a RESOLVED or REFERRED issue can be reopened");
        }
        if (reopenedOn.isBefore(resolvedOn)) {
            throw new BusinessRuleViolation("A safety issue cannot be reopened before it was " + status + " on "
                    + resolvedOn);
        }
        reopenings.add(SafetyIssueReopening.of(this, reopenedOn, reason));
        status = SafetyIssueStatus.OPEN;
        resolvedOn = null;
        outcome = null;
    }

    private LocalDate lastReopenedOn() {
        return reopenings.isEmpty() ? null : reopenings.get(reopenings.size() - 1).reopenedOn;
    }

    private void requireNotClosed(String action) {
        if (status.isClosed()) {
            throw new BusinessRuleViolation("Cannot " + action + " safety issue " + id + ": it is already " + status
                    + " (on " + resolvedOn + "); reopen it first");
        }
    }

    private void requireNotBeforeRaised(LocalDate date, String what) {
        if (date.isBefore(raisedOn())) {
            throw new BusinessRuleViolation(what + " before the meeting that raised it on " + raisedOn());
        }
    }
}
