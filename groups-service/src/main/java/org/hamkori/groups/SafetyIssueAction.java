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
import org.hamkori.contract.groups.ResponsibleParty;
import org.hamkori.kit.audit.Personal;
import org.hamkori.kit.domain.BusinessRuleViolation;

/** An action agreed on a safety issue; changed only through its {@link Group}. */
@Entity
public class SafetyIssueAction {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY)
    public SafetyIssue issue;
    @Personal
    public String description;
    @Enumerated(EnumType.STRING)
    public ResponsibleParty responsible;
    public LocalDate agreedOn;
    public LocalDate dueOn;
    public LocalDate completedOn;
    @Personal
    public String completionNote;
    public Instant recordedAt;

    public static SafetyIssueAction of(SafetyIssue issue, ActionPlan plan) {
        SafetyIssueAction action = new SafetyIssueAction();
        action.id = UUID.randomUUID();
        action.issue = issue;
        action.description = plan.description();
        action.responsible = plan.responsible();
        action.agreedOn = plan.agreedOn();
        action.dueOn = plan.dueOn();
        action.recordedAt = Instant.now();
        return action;
    }

    public boolean isCompleted() {
        return completedOn != null;
    }

    /** Not completed, due before {@code today}, and its issue still being worked on. */
    public boolean isOverdue(LocalDate today) {
        return !isCompleted() && dueOn.isBefore(today) && !issue.status.isClosed();
    }

    void complete(LocalDate completedOn, String note) {
        if (isCompleted()) {
            throw new BusinessRuleViolation("Action " + id + " was already completed on " + this.completedOn);
        }
        if (completedOn.isBefore(agreedOn)) {
            throw new BusinessRuleViolation("An action cannot be completed before it was agreed on " + agreedOn);
        }
        this.completedOn = completedOn;
        this.completionNote = note;
    }
}
