package org.hamkori.reporting;

import static org.hamkori.reporting.ReportsApi.assertDeltas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hamkori.contract.reference.District;
import org.hamkori.kit.inbox.ConsumptionReadiness;
import org.hamkori.reporting.ReportsApi.Reports;
import org.hamkori.testkit.DatabaseOutage;
import org.hamkori.testkit.Eventually;
import org.hamkori.testkit.PublishedEvents;
import org.junit.jupiter.api.Test;

/**
 * The reporting database refusing connections for a while loses nothing: the live consumer and a rebuild under way
 * wait (NOT READY) and go on once it is back; nothing is dead-lettered and the rebuild matches.
 */
@QuarkusTest
class DatabaseOutageTest extends ProgrammeEventsFixture {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final LocalDate DAY = LocalDate.parse("2022-05-17");

    @Inject
    @Readiness
    ConsumptionReadiness consumption;

    @Inject
    SmallRyeHealthReporter health;

    @Test
    void eventsAndARebuildDuringADatabaseOutageAreAppliedOnceItIsBackWithNothingDeadLettered() {
        District district = ReportsApi.quietDistrict();
        Reports before = Reports.settled();
        int rebuilt = ReportsApi.startRebuild();

        UUID group;
        try (DatabaseOutage outage = DatabaseOutage.begin(DatabaseOutage.serviceDatabase())) {
            group = events.formGroup(district, DAY);
            HealthCheckResponse waiting = Eventually.value("the consumer of groups.events waits for the database",
                    WAIT, consumption::call, r -> r.getStatus() == HealthCheckResponse.Status.DOWN
                            && r.getData().orElseThrow().keySet().stream().anyMatch(k -> k.startsWith("groups.events-")));
            assertTrue(waiting.getData().orElseThrow().values().stream()
                    .anyMatch(v -> String.valueOf(v).contains("GroupFormed")), () -> "names the event: " + waiting);
            assertTrue(health.getReadiness().isDown(), "NOT READY while events wait");
        }

        Eventually.until("the service is ready again", WAIT, () -> !health.getReadiness().isDown());
        assertDeltas(before, Reports.settled(), district, Map.of("groups.active", 1L));

        ReportsApi.assertRebuiltWithNoDifferences(rebuilt);
        assertEquals(HealthCheckResponse.Status.UP, consumption.call().getStatus());
        assertTrue(PublishedEvents.all("reporting.dead-letter").stream()
                .noneMatch(r -> group.toString().equals(r.key())), "nothing was dead-lettered");
    }
}
