package org.hamkori.contract.groups;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

/** The completion's note stays in groups-service: it may name people. */
public record SafetyIssueActionCompleted(UUID groupId, UUID issueId, UUID actionId, LocalDate completedOn)
        implements DomainEvent {
    @Override
    public UUID subjectId() {
        return groupId;
    }
}
