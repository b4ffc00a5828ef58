package org.hamkori.contract.groups;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

/** The follow-up's note stays in groups-service: it may name people. */
public record SafetyIssueFollowedUp(UUID groupId, UUID issueId, LocalDate followedUpOn) implements DomainEvent {
    @Override
    public UUID subjectId() {
        return groupId;
    }
}
