package org.hamkori.reporting;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hamkori.testkit.AuthorizationMatrix;
import org.hamkori.testkit.DevTokens;
import org.hamkori.testkit.Eventually;
import org.junit.jupiter.api.Test;

/**
 * SPEC §2 for reporting: aggregates for every role (coordinators and trainers follow the programme's figures too; a
 * partner only its own organisation's by partner, SPEC §7), the DHIS2 export for analysts, the event feed for
 * partners and analysts, targets, approvals of periods and administration for admins (the drift for analysts too,
 * which periods are approved for every role that enters data).
 */
@QuarkusTest
class ReportingAuthorizationMatrixTest {

    static final AuthorizationMatrix MATRIX = AuthorizationMatrix.of(List.of(),
            // operation                      admin coordinator trainer analyst partner anonymous
            "GET  /reports/overview             | yes   yes         yes     yes     yes     no",
            "GET  /reports/regions              | yes   yes         yes     yes     yes     no",
            "GET  /reports/districts            | yes   yes         yes     yes     yes     no",
            "GET  /reports/certifications       | yes   yes         yes     yes     yes     no",
            "GET  /reports/issues               | yes   yes         yes     yes     yes     no",
            "GET  /reports/partners             | yes   yes         yes     yes     yes     no",
            // the partner's token names no partner_code: another organisation's figures (AttributionReportsTest: its own)
            "GET  /reports/partners/{partner}   | yes   yes         yes     yes     no      no",
            "GET  /reports/targets              | yes   yes         yes     yes     yes     no",
            "PUT  /reports/targets              | yes   no          no      no      no      no",
            "GET  /reports/export/dhis2         | yes   no          no      yes     no      no",
            "POST /reports/periods/{period}/approval | yes no        no      no      no      no",
            "GET  /reports/periods/{period}/drift    | yes no        no      yes     no      no",
            // which periods are approved, so that data entry warns: not the figures, which stay with the drift
            "GET  /reports/periods/approvals    | yes   yes         yes     yes     no      no",
            "GET  /events/stream                | yes   no          no      yes     yes     no",
            "POST /admin/rebuild                | yes   no          no      no      no      no",
            "GET  /admin/rebuild                | yes   no          no      no      no      no",
            "GET  /reference/phases             | yes   yes         yes     yes     yes     yes",
            // UndeclaredEndpointTest's endpoint, which names no role: refused to everyone, as the kit's default is
            "GET  /test/undeclared              | no    no          no      no      no      no")
            .withKitOperations(AuthorizationMatrix.KitOperations.WITH_DEAD_LETTERS);

    @Test
    void everyRoleReachesExactlyWhatTheSpecificationGivesIt() {
        noRebuildRunning();
        // no dead letter exists: a re-drive reaches authorization and answers 404
        MATRIX.walk(Map.of("deadLetter", "0", "partner", "SAFERWORLD", "period", "1991-01"));
        // the walk started a rebuild as admin: let it finish before other tests look at generations
        noRebuildRunning();
    }

    @Test
    void everyWriteOperationLeavesAnAuditEntry() {
        noRebuildRunning();
        MATRIX.walkWritesAudited("admin", () -> Map.of("period", PeriodApprovalTest.unapprovedMonth().toString()),
                new AuthorizationMatrix.WriteRequests()
                .with("PUT /reports/targets", fixtures -> Map.of("items", List.of(Map.of(
                        "indicator", "meetings.held", "year", 2031, "target", System.nanoTime() % 1_000_000))))
                .with("POST /admin/rebuild", fixtures -> "")
                .with("POST /reports/periods/{period}/approval", fixtures -> "")
                .notAudited("POST /admin/dead-letters/{deadLetter}/redrive",
                        "re-drives a programme event into the read models, which change only by events"));
        noRebuildRunning();
    }

    private static void noRebuildRunning() {
        Eventually.until("no rebuild is running", Duration.ofSeconds(120), () -> !given()
                .auth().oauth2(DevTokens.token("admin")).get("/admin/rebuild").then().statusCode(200)
                .extract().jsonPath().getList("generations.state").contains("BUILDING"));
    }
}
