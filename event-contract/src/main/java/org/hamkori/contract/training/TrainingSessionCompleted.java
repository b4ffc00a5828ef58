package org.hamkori.contract.training;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

public record TrainingSessionCompleted(UUID sessionId, LocalDate completedOn, int enrolled, int passed)
        implements DomainEvent {
    @Override
    public UUID subjectId() {
        return sessionId;
    }
}
