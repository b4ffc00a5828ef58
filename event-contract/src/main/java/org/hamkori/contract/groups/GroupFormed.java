package org.hamkori.contract.groups;

import java.time.LocalDate;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

public record GroupFormed(UUID groupId, UUID centerId, String regionCode, String districtCode, LocalDate formedOn,
        String facilitatingPartner) implements DomainEvent {
    @Override
    public UUID subjectId() {
        return groupId;
    }
}
