package org.hamkori.kit.reference;

/** Where something is: a district of the reference data and the region that follows from it (SPEC §2). */
public record Place(String regionCode, String districtCode) {
}
