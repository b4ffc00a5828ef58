package org.hamkori.groups;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.kit.audit.Personal;

/**
 * A resolved or referred issue that came back, with why (free text, may name people) and the resolution it undid,
 * so that the issue's history keeps every time it was closed.
 */
@Entity
public class SafetyIssueReopening {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    public SafetyIssue issue;
    public LocalDate reopenedOn;
    @Personal
    public String reason;
    @Enumerated(EnumType.STRING)
    public SafetyIssueStatus previousStatus;
    public LocalDate previousResolvedOn;
    @Personal
    public String previousOutcome;
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
