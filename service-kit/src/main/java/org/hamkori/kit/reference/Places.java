package org.hamkori.kit.reference;

import org.hamkori.contract.reference.District;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.kit.problem.ProblemException;

/** Resolves codes of the reference data, answering 400s that name the offending field. */
public final class Places {

    private Places() {
    }

    /**
     * The region follows from the district; a given region that does not match it is a 400.
     */
    public static Place resolve(String regionCode, String districtCode) {
        District district = ReferenceData.get().district(districtCode)
                .orElseThrow(() -> ProblemException.invalidField("districtCode",
                        "unknown district " + districtCode + "; see GET /reference/districts"));
        if (regionCode != null && !regionCode.isBlank() && !regionCode.equals(district.regionCode())) {
            throw ProblemException.invalidField("regionCode",
                    "district " + districtCode + " is in region " + district.regionCode() + ", not " + regionCode);
        }
        return new Place(district.regionCode(), district.code());
    }

    public static void requireRegion(String field, String regionCode) {
        if (ReferenceData.get().region(regionCode).isEmpty()) {
            throw ProblemException.invalidField(field, "unknown region " + regionCode + "; see GET /reference/regions");
        }
    }

    public static void requireDistrict(String field, String districtCode) {
        if (ReferenceData.get().district(districtCode).isEmpty()) {
            throw ProblemException.invalidField(field,
                    "unknown district " + districtCode + "; see GET /reference/districts");
        }
    }
}
