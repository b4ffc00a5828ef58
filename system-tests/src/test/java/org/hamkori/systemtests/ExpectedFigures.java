package org.hamkori.systemtests;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.hamkori.testkit.Eventually;

/**
 * What the reports must show after a scenario: the figures before it plus what the scenario did,
 * overall and per district. {@link #awaitReachedFrom} polls until they match exactly, or fails with
 * every difference once the deadline passes.
 */
final class ExpectedFigures {

    private final Map<String, Long> overall = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> perDistrict = new TreeMap<>();

    /** Counts one more of {@code figure} (e.g. {@code centers.open}) in {@code districtCode} and overall. */
    ExpectedFigures add(String districtCode, String figure, long delta) {
        overall.merge(figure, delta, Long::sum);
        perDistrict.computeIfAbsent(districtCode, d -> new LinkedHashMap<>()).merge(figure, delta, Long::sum);
        return this;
    }

    /** A figure that must not move, e.g. a duplicate must leave {@code centers.open} unchanged. */
    ExpectedFigures unchanged(String districtCode, String figure) {
        return add(districtCode, figure, 0);
    }

    void awaitReachedFrom(Programme.Reports before, Duration timeout) {
        Eventually.value("the reports reach the expected figures (differences shown)", timeout,
                () -> differences(before, Programme.settledReports()), Map::isEmpty);
    }

    private Map<String, String> differences(Programme.Reports before, Programme.Reports now) {
        Map<String, String> differences = new TreeMap<>();
        overall.forEach((figure, delta) -> compare(differences, "overview " + figure,
                before.overall(figure) + delta, now.overall(figure)));
        perDistrict.forEach((district, figures) -> figures.forEach((figure, delta) ->
                compare(differences, district + " " + figure, before.district(district, figure) + delta,
                        now.district(district, figure))));
        return differences;
    }

    private static void compare(Map<String, String> differences, String what, long expected, long actual) {
        if (expected != actual) {
            differences.put(what, "expected " + expected + " but was " + actual);
        }
    }
}
