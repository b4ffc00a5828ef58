package org.hamkori.contract.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Regions, districts and cities of Tajikistan (SPEC §3), shipped as versioned data in
 * {@code /reference/districts.json}; the version changes whenever the list does.
 */
public final class ReferenceData {

    private static final String RESOURCE = "/reference/districts.json";
    private static final ReferenceData INSTANCE = new ReferenceData(ReferenceDocuments.read(RESOURCE, Document.class));

    private final String version;
    private final List<Region> regions;
    private final List<District> districts;
    private final Map<String, Region> regionsByCode;
    private final Map<String, District> districtsByCode;

    private ReferenceData(Document document) {
        this.version = document.version();
        this.regions = List.copyOf(document.regions());
        this.districts = List.copyOf(document.districts());
        this.regionsByCode = regions.stream().collect(Collectors.toMap(Region::code, Function.identity(),
                (a, b) -> { throw new IllegalStateException("duplicate region " + a.code()); }, LinkedHashMap::new));
        this.districtsByCode = districts.stream().collect(Collectors.toMap(District::code, Function.identity(),
                (a, b) -> { throw new IllegalStateException("duplicate district " + a.code()); }, LinkedHashMap::new));
    }

    public static ReferenceData get() {
        return INSTANCE;
    }

    public String version() {
        return version;
    }

    public List<Region> regions() {
        return regions;
    }

    public List<District> districts() {
        return districts;
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(code).map(regionsByCode::get);
    }

    public Optional<District> district(String code) {
        return Optional.ofNullable(code).map(districtsByCode::get);
    }

    private record Document(String version, List<Region> regions, List<District> districts) {
    }
}
