package org.hamkori.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.hamkori.scenario.ScenarioGenerator;
import org.hamkori.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The programme's scenario, scaled down to a tenth with the same shape, loaded through the public APIs
 * of the running suite: the reports then show exactly what the loader says it loaded, overall and per district,
 * and loading the same scenario again creates and changes nothing.
 */
class ScenarioIT {

    static final String SCALE = "0.1";
    static final Duration SHOWN_WITHIN = Duration.ofSeconds(90);

    @BeforeAll
    static void startSuite() {
        Suite.ensureRunning();
    }

    @Test
    void theReportsShowExactlyWhatTheLoaderLoadedAndLoadingItAgainChangesNothing() {
        // the databases outlive test runs: a seed of this run's own makes its scenario a new one
        String seed = Long.toString(ThreadLocalRandom.current().nextLong(ScenarioGenerator.MAX_SEED + 1));
        Programme.Reports before = Programme.settledReports();

        ScenarioLoader.Result first = ScenarioLoader.load(arguments(seed));

        assertNotNull(first.overview(), "the loader waited for the reports and printed the overview");
        assertEquals(0, first.activity().replayed(), "a new scenario finds nothing of its own: " + first.activity());
        ExpectedFigures expected = new ExpectedFigures();
        first.totals().byDistrict().forEach((district, figures) ->
                figures.forEach((figure, value) -> expected.add(district, figure, value)));
        expected.awaitReachedFrom(before, SHOWN_WITHIN);

        ScenarioLoader.Result second = ScenarioLoader.load(arguments(seed));

        assertEquals(first.totals(), second.totals());
        assertEquals(0, second.activity().created(), "loading again creates nothing: " + second.activity());
        assertEquals(0, second.activity().changed(), "loading again changes nothing: " + second.activity());
        expected.awaitReachedFrom(before, SHOWN_WITHIN);
    }

    private static String[] arguments(String seed) {
        return new String[] {"--seed", seed, "--scale", SCALE,
            "--centers-url", Suite.Service.CENTERS.url(), "--groups-url", Suite.Service.GROUPS.url(),
            "--training-url", Suite.Service.TRAINING.url(), "--reporting-url", Suite.Service.REPORTING.url()};
    }
}
