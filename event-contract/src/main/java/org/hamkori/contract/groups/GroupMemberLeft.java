package org.hamkori.contract.groups;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

public record GroupMemberLeft(UUID groupId, UUID memberId, LocalDate leftOn) implements DomainEvent {
    @Override
    public UUID subjectId() {
        return groupId;
    }
}
