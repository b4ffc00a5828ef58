package org.hamkori.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** deploy/prometheus checked and unit-tested by promtool (./hamkori test installs it), deploy/grafana read. */
class PrometheusAndGrafanaTest {

    private static final Path PROMETHEUS = Repository.ROOT.resolve("deploy/prometheus");
    private static final Path DASHBOARD = Repository.ROOT.resolve("deploy/grafana/hamkori-operations.json");
    private static final Pattern HAMKORI_METRIC = Pattern.compile("\\bhamkori_[a-z_]+");

    @Test
    void theAlertingRulesAreValid() throws Exception {
        promtool("check", "rules", "hamkori-alerts.yml");
    }

    @Test
    void theAlertsFireOnTheSeriesThatShouldRaiseThemAndOnlyThere() throws Exception {
        promtool("test", "rules", "hamkori-alerts.test.yml");
    }

    @Test
    void theLocalScrapeConfigurationIsValid() throws Exception {
        promtool("check", "config", "scrape-config.yml");
    }

    @Test
    void everyAlertIsUnitTested() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Set<String> alerts = new TreeSet<>();
        for (JsonNode group : yaml.readTree(PROMETHEUS.resolve("hamkori-alerts.yml").toFile()).path("groups")) {
            group.path("rules").forEach(rule -> alerts.add(rule.path("alert").asText()));
        }
        Set<String> tested = new TreeSet<>();
        for (JsonNode test : yaml.readTree(PROMETHEUS.resolve("hamkori-alerts.test.yml").toFile()).path("tests")) {
            for (JsonNode check : test.path("alert_rule_test")) {
                if (!check.path("exp_alerts").isEmpty()) {
                    tested.add(check.path("alertname").asText());
                }
            }
        }
        assertEquals(alerts, tested, "every alert has a test in which it fires");
    }

    @Test
    void theDashboardShowsEveryFigureTheAlertsWatch() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        assertEquals("hamkori-operations", dashboard.path("uid").asText());
        Set<String> shown = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertFalse(panel.path("targets").isEmpty(), panel.path("title").asText());
            for (JsonNode target : panel.path("targets")) {
                shown.addAll(hamkoriMetrics(target.path("expr").asText()));
            }
        }
        Set<String> alerted = hamkoriMetrics(java.nio.file.Files.readString(PROMETHEUS.resolve("hamkori-alerts.yml")));
        assertTrue(shown.containsAll(alerted), "shown " + shown + ", alerted on " + alerted);
    }

    private static Set<String> hamkoriMetrics(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = HAMKORI_METRIC.matcher(text);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    private static void promtool(String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = System.getProperty("promtool", "promtool");
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process;
        try {
            process = new ProcessBuilder(command).directory(PROMETHEUS.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("promtool is missing: ./hamkori test installs it (Debian package prometheus)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + output);
    }
}
