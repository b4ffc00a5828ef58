package org.hamkori.groups;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.kit.audit.Personal;

/** A visit or meeting of the group on one safety issue, and what it found (free text, may name people). */
@Entity
public class SafetyIssueFollowUp {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    public SafetyIssue issue;
    public LocalDate heldOn;
    @Personal
    public String note;
    public Instant recordedAt;

    public static SafetyIssueFollowUp of(SafetyIssue issue, LocalDate heldOn, String note) {
        SafetyIssueFollowUp followUp = new SafetyIssueFollowUp();
        followUp.id = UUID.randomUUID();
        followUp.issue = issue;
        followUp.heldOn = heldOn;
        followUp.note = note;
        followUp.recordedAt = Instant.now();
        return followUp;
    }
}
