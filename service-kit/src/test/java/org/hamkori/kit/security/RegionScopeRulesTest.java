package org.hamkori.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegionScopeRulesTest {

    private static final List<String> SCOPED = List.of("coordinator", "trainer");

    @Test
    void aScopedRoleWithARegionsClaimIsLimitedToThoseRegions() {
        assertEquals(Optional.of(Set.of("KHATLON")),
                RegionScope.limit(Set.of("coordinator"), SCOPED, Optional.of(Set.of("KHATLON"))));
    }

    @Test
    void withoutTheClaimEveryRegionIsReached() {
        assertEquals(Optional.empty(), RegionScope.limit(Set.of("coordinator"), SCOPED, Optional.empty()));
    }

    @Test
    void adminAndRolesOutsideTheScopedOnesAreNeverLimited() {
        assertEquals(Optional.empty(),
                RegionScope.limit(Set.of("admin", "coordinator"), SCOPED, Optional.of(Set.of("KHATLON"))));
        assertEquals(Optional.empty(), RegionScope.limit(Set.of("analyst"), SCOPED, Optional.of(Set.of("KHATLON"))));
    }

    @Test
    void anEmptyClaimReachesNoRegion() {
        assertEquals(Optional.of(Set.of()), RegionScope.limit(Set.of("trainer"), SCOPED, Optional.of(Set.of())));
    }

    @Test
    void theClaimIsReadAsAListOrAsOneTextOfCodes() {
        assertEquals(Set.of("KHATLON", "SUGHD"),
                Caller.codes(Json.createArrayBuilder().add("KHATLON").add("SUGHD").build()));
        assertEquals(Set.of("KHATLON", "SUGHD"), Caller.codes(Json.createValue("KHATLON, SUGHD")));
        assertEquals(Set.of("GBAO"), Caller.codes(List.of("GBAO")));
    }
}
