package org.hamkori.contract.groups;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

/** The action's description stays in groups-service: it may name people. */
public record SafetyIssueActionAgreed(UUID groupId, UUID issueId, UUID actionId, IssueCategory category,
        ResponsibleParty responsible, LocalDate agreedOn, LocalDate dueOn) implements DomainEvent {
    @Override
    public UUID subjectId() {
        return groupId;
    }
}
