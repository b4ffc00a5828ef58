package org.hamkori.centers;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.hamkori.testkit.AuthorizationMatrix;
import org.junit.jupiter.api.Test;

/**
 * SPEC §2 for centres: coordinator and admin change them; trainers and analysts read them, without the note of a
 * closure (it may name people); partners do not. A coordinator whose token names regions reaches only those regions'
 * centres (the scoped column); every write leaves its audit entry (SPEC §11).
 */
@QuarkusTest
class CentersAuthorizationMatrixTest {

    static final AuthorizationMatrix MATRIX = AuthorizationMatrix.of(List.of("closureNote"),
            // operation                                 admin coordinator trainer  analyst  partner anonymous scoped
            "GET  /centers                                 | yes   yes         yes      yes      no      no        region",
            "GET  /centers/{center}                        | yes   yes         redacted redacted no      no        region",
            "GET  /centers/{center}/history                | yes   yes         no       no       no      no        region",
            "POST /centers                                 | yes   yes         no       no       no      no        region",
            "PUT  /centers/{center}                        | yes   yes         no       no       no      no        region",
            "POST /centers/{center}/opening                | yes   yes         no       no       no      no        region",
            "POST /centers/{center}/renovation             | yes   yes         no       no       no      no        region",
            "POST /centers/{center}/renovation/completion  | yes   yes         no       no       no      no        region",
            "POST /centers/{center}/closure                | yes   yes         no       no       no      no        region")
            .withKitOperations(AuthorizationMatrix.KitOperations.WITHOUT_DEAD_LETTERS);

    static final AuthorizationMatrix.ScopedCaller KHATLON_COORDINATOR =
            new AuthorizationMatrix.ScopedCaller("coordinator", List.of("KHATLON"));

    @Test
    void everyRoleReachesExactlyWhatTheSpecificationGivesIt() {
        MATRIX.walk(Map.of("center", CentersApi.closedCenter()));
    }

    @Test
    void aCoordinatorScopedToARegionReachesOnlyThatRegionsCentres() {
        MATRIX.walkScoped(KHATLON_COORDINATOR,
                Map.of("center", CentersApi.plannedCenterIn("KHATLON.QUBODIYON"), "district", "KHATLON.QUBODIYON",
                        "region", "KHATLON"),
                Map.of("center", CentersApi.plannedCenterIn("SUGHD.ISFARA"), "district", "SUGHD.ISFARA",
                        "region", "SUGHD"),
                CentersApi.writeRequests());
    }

    @Test
    void everyWriteOperationLeavesAnAuditEntry() {
        MATRIX.walkWritesAudited("coordinator",
                () -> Map.of("center", CentersApi.plannedCenterIn("KHATLON.QUBODIYON"), "district", "KHATLON.QUBODIYON"),
                CentersApi.writeRequests());
    }
}
