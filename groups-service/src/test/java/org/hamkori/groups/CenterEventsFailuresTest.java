package org.hamkori.groups;

import static org.hamcrest.Matchers.containsString;
import static org.hamkori.groups.GroupsApi.awaitReplicaCaughtUp;
import static org.hamkori.groups.GroupsApi.form;
import static org.hamkori.groups.GroupsApi.groupAt;
import static org.hamkori.groups.GroupsApi.publishOpenedCenter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hamkori.kit.inbox.ConsumptionReadiness;
import org.hamkori.testkit.DatabaseOutage;
import org.hamkori.testkit.Eventually;
import org.hamkori.testkit.PublishedEvents;
import org.junit.jupiter.api.Test;

/**
 * The centre replica tells a database that cannot take an event yet (wait, NOT READY, apply it once it can) from an
 * event that can never apply (dead-letter it); a dead letter is re-driven once its cause is fixed.
 */
@QuarkusTest
class CenterEventsFailuresTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Inject
    @Readiness
    ConsumptionReadiness consumption;

    @Inject
    SmallRyeHealthReporter health;

    @Test
    void anOpeningThatArrivesWhileTheDatabaseRefusesConnectionsIsAppliedOnceItAcceptsThemAgain() {
        UUID center;
        try (DatabaseOutage outage = DatabaseOutage.begin(DatabaseOutage.serviceDatabase())) {
            center = publishOpenedCenter();
            HealthCheckResponse waiting = Eventually.value("the replica waits for the database", WAIT,
                    consumption::call, r -> r.getStatus() == HealthCheckResponse.Status.DOWN);
            assertTrue(waiting.getData().orElseThrow().keySet().stream().anyMatch(k -> k.startsWith("centers.events-")),
                    () -> "readiness names the waiting partition: " + waiting.getData());
            assertTrue(health.getReadiness().isDown(), "the service is NOT READY while its events wait");
        }
        awaitReplicaCaughtUp();
        Eventually.until("the service is ready again", WAIT, () -> !health.getReadiness().isDown());
        assertEquals(HealthCheckResponse.Status.UP, consumption.call().getStatus());
        form(groupAt(center.toString())).then().statusCode(201);
        assertTrue(PublishedEvents.all("groups.dead-letter").stream().noneMatch(r -> center.toString().equals(r.key())),
                "nothing was dead-lettered");
    }

    @Test
    void aDeadLetterReDrivenOnceItsCauseIsFixedAppliesOnceAndAgainIsADuplicate() throws SQLException {
        UUID center;
        List<Map<String, Object>> deadLetters;
        String constraint = "refuse_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection superuser = DatabaseOutage.superuser(DatabaseOutage.serviceDatabase())) {
            center = UUID.randomUUID();
            // a cause that can be fixed: the replica's table refuses this centre for now
            superuser.createStatement().execute("ALTER TABLE center_replica ADD CONSTRAINT " + constraint
                    + " CHECK (center_id <> '" + center + "') NOT VALID");
            try {
                GroupsApi.publishOpenedCenter(center);
                deadLetters = Eventually.value("both events of the centre are dead-lettered", WAIT,
                        () -> listed(center), l -> l.size() == 2);
                awaitReplicaCaughtUp();
                form(groupAt(center.toString())).then().statusCode(409).body("detail", containsString("unknown"));
                assertTrue(deadLetters.stream().allMatch(d -> ((String) d.get("reason")).contains("23514")),
                        () -> "the reason names the check violation: " + deadLetters);
            } finally {
                superuser.createStatement().execute("ALTER TABLE center_replica DROP CONSTRAINT " + constraint);
            }
        }
        List<Map<String, Object>> inOrder = deadLetters.stream()
                .sorted(Comparator.comparing(d -> ((Number) d.get("offset")).longValue())).toList();
        for (Map<String, Object> deadLetter : inOrder) {
            redrive(deadLetter).then().statusCode(200).body("outcome", org.hamcrest.Matchers.equalTo("APPLIED"));
        }
        form(groupAt(center.toString())).then().statusCode(201);

        redrive(inOrder.get(1)).then().statusCode(200).body("outcome", org.hamcrest.Matchers.equalTo("DUPLICATE"))
                .body("deadLetter.redrives", org.hamcrest.Matchers.equalTo(2))
                .body("deadLetter.lastRedriveOutcome", org.hamcrest.Matchers.equalTo("DUPLICATE"));
    }

    @Test
    void onlyTheAdminSeesAndReDrivesDeadLetters() {
        GroupsApi.as("coordinator").get("/admin/dead-letters").then().statusCode(403);
        GroupsApi.as("coordinator").post("/admin/dead-letters/1/redrive").then().statusCode(403);
        GroupsApi.as("admin").post("/admin/dead-letters/999999999/redrive").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static io.restassured.response.Response redrive(Map<String, Object> deadLetter) {
        return GroupsApi.as("admin").post("/admin/dead-letters/{id}/redrive", deadLetter.get("id"));
    }

    private static List<Map<String, Object>> listed(UUID key) {
        return GroupsApi.as("admin").get("/admin/dead-letters?topic=centers.events&size=500").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(item -> key.toString().equals(item.get("key"))).toList();
    }
}
