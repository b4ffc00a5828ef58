package org.hamkori.contract.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped list of regions, districts and cities of Tajikistan (SPEC §3) is complete and consistent. */
class ReferenceDataTest {

    private static final ReferenceData DATA = ReferenceData.get();
    private static final Set<String> REGIONS = Set.of("DUSHANBE", "SUGHD", "KHATLON", "GBAO", "RRS");

    @Test
    void hasTheFiveRegions() {
        assertEquals(REGIONS, DATA.regions().stream().map(Region::code).collect(Collectors.toSet()));
        DATA.regions().forEach(region -> assertNamedInThreeLanguages(region.code(), region.name()));
    }

    @Test
    void versionIsDateBased() {
        assertTrue(DATA.version().matches("\\d{4}-\\d{2}-\\d{2}(\\.\\d+)?"), DATA.version());
    }

    @Test
    void listsAtLeastSixtyDistrictsAndCities() {
        assertTrue(DATA.districts().size() >= 60, "districts and cities: " + DATA.districts().size());
    }

    @Test
    void districtCodesAreUniqueInTheFile() throws Exception {
        // ReferenceData would refuse duplicates too; this names them
        try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/districts.json")) {
            JsonNode districts = new ObjectMapper().readTree(in).path("districts");
            Set<String> seen = new HashSet<>();
            Set<String> duplicates = new TreeSet<>();
            districts.forEach(d -> {
                if (!seen.add(d.path("code").asText())) {
                    duplicates.add(d.path("code").asText());
                }
            });
            assertEquals(Set.of(), duplicates);
            assertEquals(DATA.districts().size(), seen.size());
        }
    }

    @Test
    void everyDistrictBelongsToAKnownRegionNamedInItsCode() {
        for (District district : DATA.districts()) {
            assertTrue(DATA.region(district.regionCode()).isPresent(), district.code() + " region " + district.regionCode());
            assertTrue(district.code().startsWith(district.regionCode() + "."), district.code());
            assertTrue(district.code().matches("[A-Z]+\\.[A-Z][A-Z0-9_]*"), "upper-case ASCII code: " + district.code());
            assertTrue(Set.of("DISTRICT", "CITY").contains(district.kind()), district.code() + " kind " + district.kind());
        }
    }

    @Test
    void everyRegionHasDistricts() {
        Map<String, Long> perRegion = DATA.districts().stream()
                .collect(Collectors.groupingBy(District::regionCode, Collectors.counting()));
        assertEquals(REGIONS, perRegion.keySet());
        assertEquals(4L, perRegion.get("DUSHANBE"), "Dushanbe's four city districts");
    }

    @Test
    void theProgrammeDistrictsExist() {
        for (String code : List.of("KHATLON.QUBODIYON", "KHATLON.JAYHUN", "KHATLON.FARKHOR", "SUGHD.ISTARAVSHAN",
                "SUGHD.ISFARA", "DUSHANBE.SINO")) {
            assertTrue(DATA.district(code).isPresent(), code);
        }
        assertEquals("Qubodiyon", DATA.district("KHATLON.QUBODIYON").orElseThrow().name().en());
    }

    @Test
    void everyNameIsGivenInEnglishRussianAndTajik() {
        DATA.districts().forEach(district -> assertNamedInThreeLanguages(district.code(), district.name()));
    }

    @Test
    void namesAreInTheScriptOfTheirLanguage() {
        for (District district : DATA.districts()) {
            LocalizedName name = district.name();
            assertTrue(name.en().matches("[A-Za-z][A-Za-z' .-]*"), district.code() + " en " + name.en());
            assertTrue(name.ru().matches("[А-Яа-яЁё][А-Яа-яЁё .-]*"), district.code() + " ru " + name.ru());
            assertTrue(name.tg().matches("[\\p{IsCyrillic}][\\p{IsCyrillic} .-]*"), district.code() + " tg " + name.tg());
        }
        assertEquals("Қубодиён", DATA.district("KHATLON.QUBODIYON").orElseThrow().name().in(Locale.forLanguageTag("tg")));
    }

    @Test
    void afghanBorderFlagsTheDistrictsOnThePanjAndAmuDarya() {
        Set<String> border = DATA.districts().stream().filter(District::afghanBorder).map(District::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(border.containsAll(Set.of("KHATLON.QUBODIYON", "KHATLON.JAYHUN", "KHATLON.FARKHOR", "KHATLON.PANJ",
                "KHATLON.SHAMSIDDIN_SHOHIN", "GBAO.DARVOZ", "GBAO.VANJ", "GBAO.RUSHON", "GBAO.SHUGHNON",
                "GBAO.ISHKOSHIM", "GBAO.KHORUGH")), border.toString());
        for (String inland : List.of("KHATLON.KHOVALING", "KHATLON.KUSHONIYON", "GBAO.ROSHTQALA", "SUGHD.ISFARA",
                "SUGHD.ISTARAVSHAN", "DUSHANBE.SINO")) {
            assertFalse(border.contains(inland), inland);
        }
        assertTrue(border.stream().allMatch(code -> code.startsWith("KHATLON.") || code.startsWith("GBAO.")), border.toString());
    }

    private static void assertNamedInThreeLanguages(String code, LocalizedName name) {
        assertNotNull(name, code);
        for (String value : new String[] {name.en(), name.ru(), name.tg()}) {
            assertNotNull(value, code);
            assertFalse(value.isBlank(), code);
        }
    }
}
