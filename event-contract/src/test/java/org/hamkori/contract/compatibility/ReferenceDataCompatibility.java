package org.hamkori.contract.compatibility;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the released reference data ({@code reference/districts.json}) with the current one: events carry region
 * and district codes, so every released code stays, and a district stays in its region. Names may change.
 */
public final class ReferenceDataCompatibility {

    static final String DOCUMENT = "reference/districts.json";

    private ReferenceDataCompatibility() {
    }

    public static List<Breaking> compare(JsonNode released, JsonNode current) {
        List<Breaking> breakings = new ArrayList<>();
        Set<String> regionsNow = new HashSet<>();
        current.path("regions").forEach(region -> regionsNow.add(region.path("code").asText()));
        for (int i = 0; i < released.path("regions").size(); i++) {
            String code = released.path("regions").get(i).path("code").asText();
            if (!regionsNow.contains(code)) {
                breakings.add(new Breaking(DOCUMENT, "/regions/" + i, Rule.REGION_REMOVED, "region " + code + " is gone"));
            }
        }
        Map<String, String> regionOfDistrictNow = new HashMap<>();
        current.path("districts").forEach(d -> regionOfDistrictNow.put(d.path("code").asText(), d.path("regionCode").asText()));
        for (int i = 0; i < released.path("districts").size(); i++) {
            JsonNode district = released.path("districts").get(i);
            String code = district.path("code").asText();
            String region = district.path("regionCode").asText();
            String regionNow = regionOfDistrictNow.get(code);
            if (regionNow == null) {
                breakings.add(new Breaking(DOCUMENT, "/districts/" + i, Rule.DISTRICT_REMOVED, "district " + code + " is gone"));
            } else if (!regionNow.equals(region)) {
                breakings.add(new Breaking(DOCUMENT, "/districts/" + i + "/regionCode", Rule.DISTRICT_REGION_CHANGED,
                        "district " + code + " moved from " + region + " to " + regionNow));
            }
        }
        return breakings;
    }
}
