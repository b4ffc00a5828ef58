package org.hamkori.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

/**
 * Waits until reporting-service, which learns everything from the topics, shows at least the scenario's totals in
 * {@code /reports/overview} ("at least": the suite may hold more than this scenario), then at least each partner's
 * figures in {@code /reports/partners}: exactly those when the overview showed exactly the scenario, as it does in a
 * suite that holds nothing else.
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

    /**
     * Waits until {@code /reports/partners} shows at least each partner's figures of the scenario, and fails if it
     * shows another figure than the scenario's where {@code overview} showed nothing but the scenario.
     */
    JsonNode awaitPartners(Totals totals, JsonNode overview, Instant deadline) {
        boolean onlyThisScenario = totals.overall().entrySet().stream()
                .allMatch(figure -> figure(overview, figure.getKey()).asLong() == figure.getValue());
        while (true) {
            JsonNode report = reporting.get("/reports/partners");
            Map<String, Map<String, String>> shortfalls = new TreeMap<>();
            totals.byPartner().forEach((partner, expected) -> {
                JsonNode row = row(report, partner);
                expected.forEach((figure, value) -> {
                    long shown = figure(row, figure).asLong();
                    if (shown < value) {
                        shortfalls.computeIfAbsent(partner, p -> new TreeMap<>()).put(figure, shown + " < " + value);
                    }
                });
            });
            if (shortfalls.isEmpty()) {
                if (onlyThisScenario) {
                    requireExactly(totals, report);
                }
                totals.byPartner().keySet().forEach(partner -> progress.println("[scenario] /reports/partners, "
                        + attribution(partner, row(report, partner))));
                return report;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new LoadFailure("/reports/partners did not reach the scenario's figures of each partner in time: "
                        + shortfalls);
            }
            Api.pause(POLL_EVERY);
        }
    }

    private static void requireExactly(Totals totals, JsonNode report) {
        Map<String, Map<String, String>> differences = new TreeMap<>();
        totals.byPartner().forEach((partner, expected) -> expected.forEach((figure, value) -> {
            long shown = figure(row(report, partner), figure).asLong();
            if (shown != value) {
                differences.computeIfAbsent(partner, p -> new TreeMap<>()).put(figure, shown + " ≠ " + value);
            }
        }));
        if (!differences.isEmpty()) {
            throw new LoadFailure("/reports/partners attributes the scenario's records otherwise than the scenario"
                    + " does (the suite holds nothing else): " + differences);
        }
    }

    /** A partner's row as the programme's public record states it: centres, groups, people certified. */
    private static String attribution(String partner, JsonNode row) {
        return "%s: centres built or renovated %d, groups formed %d, people certified %d (police officers %d)"
                .formatted(partner, figure(row, "centers.newBuild").asLong() + figure(row, "centers.renovated").asLong(),
                figure(row, "groups.active").asLong() + figure(row, "groups.dissolved").asLong(),
                figure(row, "training.certified").asLong(), figure(row, "training.police").asLong());
    }

    private static JsonNode row(JsonNode report, String partner) {
        return StreamSupport.stream(report.path("rows").spliterator(), false)
                .filter(row -> partner.equals(row.path("partnerCode").asText())).findFirst()
                .orElse(MissingNode.getInstance());
    }

    private static JsonNode figure(JsonNode overview, String path) {
        JsonNode node = overview;
        for (String name : path.split("\\.")) {
            node = node.path(name);
        }
        return node;
    }
}
