package org.hamkori.contract.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

public record TrainingSessionScheduled(UUID sessionId, String courseCode, List<TrainingTopic> topics, LocalDate startsOn,
        LocalDate endsOn, UUID centerId, String regionCode, String districtCode, String partnerCode, int capacity)
        implements DomainEvent {
    @Override
    public UUID subjectId() {
        return sessionId;
    }
}
