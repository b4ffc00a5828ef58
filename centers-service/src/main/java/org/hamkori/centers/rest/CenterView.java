package org.hamkori.centers.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.centers.Center;
import org.hamkori.centers.CenterStatus;
import org.hamkori.contract.centers.ClosureReason;
import org.hamkori.contract.centers.ConstructionType;

/** A centre as the API shows it; the closure's note, which may name people, only to the roles that read personal data. */
public record CenterView(UUID id, String code, String name, String regionCode, String districtCode, String settlement,
        String address, BigDecimal latitude, BigDecimal longitude, ConstructionType constructionType,
        List<String> fundingPartners, int workplaces, CenterStatus status, LocalDate openedOn,
        LocalDate renovationStartedOn, LocalDate closedOn, ClosureReason closureReason, String closureNote,
        long version) {

    static CenterView of(Center c, boolean withPersonalData) {
        return new CenterView(c.id, c.code, c.name, c.regionCode, c.districtCode, c.settlement, c.address, c.latitude,
                c.longitude, c.constructionType, List.copyOf(c.partners()), c.workplaces, c.status, c.openedOn,
                c.renovationStartedOn, c.closedOn, c.closureReason,
                withPersonalData ? c.closureNote : null, c.version);
    }
}
