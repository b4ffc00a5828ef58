package org.hamkori.groups;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.kit.audit.Personal;

/** A visit or meeting of the group on one safety issue, and what it found (free text, may name people). */
@Entity
@Table(name = "safety_issue_follow_up")
public class SafetyIssueFollowUp extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issue_id")
    public SafetyIssue issue;
    @Column(name = "held_on")
    public LocalDate heldOn;
    @Personal
    public String note;
    @Column(name = "recorded_at")
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
