package org.hamkori.centers;

import java.math.BigDecimal;
import java.util.List;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.kit.reference.Place;

/** What a coordinator registers and may later correct about a centre. */
public record CenterDetails(String code, String name, Place place, String settlement, String address,
        BigDecimal latitude, BigDecimal longitude, ConstructionType constructionType, List<String> fundingPartners,
        int workplaces) {
}
