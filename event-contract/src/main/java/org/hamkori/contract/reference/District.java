package org.hamkori.contract.reference;

/** A district or a city of regional or republican subordination; {@code kind} is DISTRICT or CITY. */
public record District(String code, String regionCode, String kind, LocalizedName name, boolean afghanBorder) {
}
