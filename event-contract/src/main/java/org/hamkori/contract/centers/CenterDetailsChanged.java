package org.hamkori.contract.centers;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

/** The centre's details as they are after the change. */
public record CenterDetailsChanged(UUID centerId, String code, String name, String regionCode, String districtCode,
        String settlement, BigDecimal latitude, BigDecimal longitude, ConstructionType constructionType,
        List<String> fundingPartners, Integer workplaces) implements DomainEvent {
    @Override
    public UUID subjectId() {
        return centerId;
    }
}
