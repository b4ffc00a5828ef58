package org.hamkori.contract.centers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

public record CenterOpened(UUID centerId, LocalDate openedOn, String regionCode, String districtCode,
        ConstructionType constructionType, List<String> fundingPartners) implements DomainEvent {
    @Override
    public UUID subjectId() {
        return centerId;
    }
}
