package org.hamkori.centers;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.hamkori.testkit.AuthorizationMatrix;
import org.junit.jupiter.api.Test;

/**
 * SPEC §2 for centres: coordinator and admin change them; trainers and analysts read them, without the note of a
 * closure (it may name people); partners do not.
 */
@QuarkusTest
class CentersAuthorizationMatrixTest {

    static final AuthorizationMatrix MATRIX = AuthorizationMatrix.of(List.of("closureNote"),
            // operation                              admin coordinator trainer analyst partner anonymous
            "GET  /centers                              | yes   yes         yes     yes     no      no",
            "GET  /centers/{center}                     | yes   yes         redacted redacted no     no",
            "POST /centers                              | yes   yes         no      no      no      no",
            "PUT  /centers/{center}                     | yes   yes         no      no      no      no",
            "POST /centers/{center}/opening             | yes   yes         no      no      no      no",
            "POST /centers/{center}/renovation          | yes   yes         no      no      no      no",
            "POST /centers/{center}/renovation/completion | yes yes         no      no      no      no",
            "POST /centers/{center}/closure             | yes   yes         no      no      no      no",
            "GET  /admin/outbox/parked                            | yes   no          no      no       no      no",
            "GET  /admin/status                                    | yes   no          no      no       no      no",
            "GET  /reference/regions                    | yes   yes         yes     yes     yes     yes",
            "GET  /reference/districts                  | yes   yes         yes     yes     yes     yes");

    @Test
    void everyRoleReachesExactlyWhatTheSpecificationGivesIt() {
        MATRIX.walk(Map.of("center", CentersApi.closedCenter()));
    }
}
