package org.hamkori.contract.reference;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
    private static final ReferenceData INSTANCE = load();

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

    private static ReferenceData load() {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = ReferenceData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new ReferenceData(mapper.readValue(in, Document.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Document(String version, List<Region> regions, List<District> districts) {
    }
}
