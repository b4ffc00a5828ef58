package org.hamkori.contract.centers;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

public record CenterClosed(UUID centerId, LocalDate closedOn, String reason) implements DomainEvent {
    @Override
    public UUID subjectId() {
        return centerId;
    }
}
