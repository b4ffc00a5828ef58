package org.hamkori.groups;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.kit.domain.BusinessRuleViolation;

/** A local safety problem raised at a meeting; OPEN until the group resolves it or refers it elsewhere. */
@Entity
@Table(name = "safety_issue")
public class SafetyIssue extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "group_id")
    public UUID groupId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;
    public int position;
    @Enumerated(EnumType.STRING)
    public IssueCategory category;
    public String description;
    @Enumerated(EnumType.STRING)
    public IssueStatus status;
    @Column(name = "resolved_on")
    public LocalDate resolvedOn;
    public String outcome;

    static SafetyIssue raised(Meeting meeting, int position, IssueReport report) {
        SafetyIssue issue = new SafetyIssue();
        issue.id = UUID.randomUUID();
        issue.groupId = meeting.groupId;
        issue.meeting = meeting;
        issue.position = position;
        issue.category = report.category();
        issue.description = report.description();
        issue.status = IssueStatus.OPEN;
        return issue;
    }

    void close(IssueStatus outcomeStatus, LocalDate resolvedOn, String outcome) {
        if (outcomeStatus == IssueStatus.OPEN) {
            throw new IllegalArgumentException("an issue closes as RESOLVED or REFERRED");
        }
        if (status != IssueStatus.OPEN) {
            throw new BusinessRuleViolation("Safety issue " + id + " is already " + status + " (on " + this.resolvedOn
                    + "); only an OPEN issue can be resolved or referred");
        }
        if (resolvedOn.isBefore(meeting.heldOn)) {
            throw new BusinessRuleViolation("A safety issue cannot be resolved before the meeting that raised it on "
                    + meeting.heldOn);
        }
        this.status = outcomeStatus;
        this.resolvedOn = resolvedOn;
        this.outcome = outcome;
    }
}
