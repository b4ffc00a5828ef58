package org.hamkori.webhooks;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.testkit.Eventually;
import org.hamkori.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/** The figures the alerts and the dashboard read (deploy/prometheus, deploy/grafana), per endpoint. */
@QuarkusTest
class WebhookMetricsTest {

    @Test
    void deliveriesPendingAndTheOldestPendingAgeAreMeasuredPerEndpoint() {
        try (Receiver receiver = new Receiver(); TestEvents events = new TestEvents()) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver, WebhooksApi.GROUP_FORMED);
            UUID group = UUID.randomUUID();
            events.send(new GroupFormed(group, UUID.randomUUID(), "SUGHD", "SUGHD.ISFARA", LocalDate.parse("2021-06-21"),
                    "SAFERWORLD"), 1);
            // Prometheus names the labels in alphabetical order
            String tags = "endpoint=\"" + endpoint.id() + "\",partner=\"-\"";
            String delivered = "endpoint=\"" + endpoint.id() + "\",outcome=\"delivered\",partner=\"-\"";
            Eventually.until("the endpoint's figures are published", Duration.ofSeconds(60), () -> {
                String metrics = given().port(RestAssured.port + 1000).get("/q/metrics").then().statusCode(200)
                        .extract().asString();
                return List.of("hamkori_webhooks_deliveries_total{" + delivered + "}",
                        "hamkori_webhooks_attempts_total{" + delivered + "}",
                        "hamkori_webhooks_pending{" + tags + "}",
                        "hamkori_webhooks_oldest_pending_age_seconds{" + tags + "}",
                        "hamkori_webhooks_endpoint_enabled{" + tags + "}").stream().allMatch(metrics::contains);
            });
            WebhooksApi.delete(endpoint.id());
        }
    }
}
