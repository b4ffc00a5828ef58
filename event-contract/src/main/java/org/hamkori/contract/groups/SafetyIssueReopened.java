package org.hamkori.contract.groups;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

/** A resolved or referred issue is open again; why stays in groups-service, as it may name people. */
public record SafetyIssueReopened(UUID groupId, UUID issueId, IssueCategory category, LocalDate reopenedOn)
        implements DomainEvent {
    @Override
    public UUID subjectId() {
        return groupId;
    }
}
