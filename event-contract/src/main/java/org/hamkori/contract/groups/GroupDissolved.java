package org.hamkori.contract.groups;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

public record GroupDissolved(UUID groupId, LocalDate dissolvedOn) implements DomainEvent {
    @Override
    public UUID subjectId() {
        return groupId;
    }
}
