package org.hamkori.contract.groups;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

/** {@code status} is RESOLVED or REFERRED. */
public record SafetyIssueResolved(UUID groupId, UUID issueId, IssueCategory category, LocalDate resolvedOn,
        IssueStatus status) implements DomainEvent {
    @Override
    public UUID subjectId() {
        return groupId;
    }
}
