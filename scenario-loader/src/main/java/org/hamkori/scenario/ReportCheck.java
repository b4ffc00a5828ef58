package org.hamkori.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Waits until reporting-service, which learns everything from the topics, shows at least the scenario's totals in
 * {@code /reports/overview} ("at least": the suite may hold more than this scenario).
 */
final class ReportCheck {

    private static final Duration POLL_EVERY = Duration.ofMillis(500);

    private final Api reporting;
    private final PrintStream progress;

    ReportCheck(Api reporting, PrintStream progress) {
        this.reporting = reporting;
        this.progress = progress;
    }

    JsonNode awaitOverview(Totals totals, Instant deadline) {
        Map<String, Long> expected = totals.overall();
        List<String> notReported = expected.keySet().stream()
                .filter(figure -> figure(reporting.get("/reports/overview"), figure).isMissingNode()).toList();
        if (!notReported.isEmpty()) {
            progress.println("[scenario] warning: /reports/overview does not report " + notReported
                    + "; checking the other figures only");
        }
        while (true) {
            JsonNode overview = reporting.get("/reports/overview");
            Map<String, String> shortfalls = new TreeMap<>();
            expected.forEach((figure, value) -> {
                JsonNode shown = figure(overview, figure);
                if (!notReported.contains(figure) && shown.asLong() < value) {
                    shortfalls.put(figure, shown.asLong() + " < " + value);
                }
            });
            if (shortfalls.isEmpty()) {
                return overview;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new LoadFailure("/reports/overview did not reach the scenario's totals in time: " + shortfalls);
            }
            Api.pause(POLL_EVERY);
        }
    }

    private static JsonNode figure(JsonNode overview, String path) {
        JsonNode node = overview;
        for (String name : path.split("\\.")) {
            node = node.path(name);
        }
        return node;
    }
}
