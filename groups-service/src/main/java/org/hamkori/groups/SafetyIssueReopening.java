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
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.kit.audit.Personal;

/**
 * A resolved or referred issue that came back, with why (free text, may name people) and the resolution it undid,
 * so that the issue's history keeps every time it was closed.
 */
@Entity
@Table(name = "safety_issue_reopening")
public class SafetyIssueReopening extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issue_id")
    public SafetyIssue issue;
    @Column(name = "reopened_on")
    public LocalDate reopenedOn;
    @Personal
    public String reason;
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status")
    public SafetyIssueStatus previousStatus;
    @Column(name = "previous_resolved_on")
    public LocalDate previousResolvedOn;
    @Personal
    @Column(name = "previous_outcome")
    public String previousOutcome;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    static SafetyIssueReopening of(SafetyIssue issue, LocalDate reopenedOn, String reason) {
        SafetyIssueReopening reopening = new SafetyIssueReopening();
        reopening.id = UUID.randomUUID();
        reopening.issue = issue;
        reopening.reopenedOn = reopenedOn;
        reopening.reason = reason;
        reopening.previousStatus = issue.status;
        reopening.previousResolvedOn = issue.resolvedOn;
        reopening.previousOutcome = issue.outcome;
        reopening.recordedAt = Instant.now();
        return reopening;
    }
}
