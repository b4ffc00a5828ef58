package org.hamkori.contract.centers;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

public record CenterRenovationStarted(UUID centerId, LocalDate startedOn) implements DomainEvent {
    @Override
    public UUID subjectId() {
        return centerId;
    }
}
