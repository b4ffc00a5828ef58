package org.hamkori.reporting;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hamkori.contract.EventType;
import org.hamkori.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/** {@code /q/metrics} on the management port: lag per partition, events applied per type, dead letters, freshness. */
@QuarkusTest
class MetricsTest {

    private final int managementPort = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);

    @Test
    void metricsExposeLagPerPartitionEventsAppliedDeadLettersAndTheAgeOfTheNewestEvent() {
        try (ProgrammeEvents events = new ProgrammeEvents()) {
            events.formGroup(ReportsApi.quietDistrict(), LocalDate.parse("2023-03-03"));
            UUID key = UUID.randomUUID();
            events.raw().sendRaw("groups.events", key.toString(), TestEvents.headers(UUID.randomUUID(),
                            EventType.GROUP_DISSOLVED.ceType(), "/hamkori/groups-service", key, 1),
                    "{".getBytes(StandardCharsets.UTF_8));
        }
        ReportsApi.settle();
        List<String> expected = List.of(
                "hamkori_reporting_consumer_lag{partition=\"0\",topic=\"centers.events\"}",
                "hamkori_reporting_consumer_lag{partition=\"2\",topic=\"training.events\"}",
                "hamkori_events_received_total{outcome=\"applied\",type=\"GroupFormed\"}",
                "hamkori_events_dead_lettered_total{reason=\"malformed\",topic=\"groups.events\"}",
                "hamkori_reporting_newest_event_age_seconds",
                "hamkori_reporting_dead_letters",
                "hamkori_reporting_generation_active");
        ReportsApi.awaitCondition("the metrics " + expected, () -> {
            String metrics = given().port(managementPort).get("/q/metrics").then().statusCode(200).extract().asString();
            return expected.stream().allMatch(metrics::contains);
        });
    }
}
