package org.hamkori.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM under write load, as Kubernetes stops a pod: the writer (centers-service, with its outbox relay) and the
 * consumer (reporting-service) each exit within the pod's grace period, and afterwards the reports show every
 * accepted centre exactly once: nothing lost in the relay or the consumption, nothing applied twice.
 */
class GracefulShutdownIT {

    /** terminationGracePeriodSeconds of the Helm chart (deploy/kubernetes/hamkori/values.yaml). */
    static final Duration GRACE_PERIOD = Duration.ofSeconds(45);

    @BeforeAll
    static void startSuite() {
        Suite.ensureRunning();
    }

    @Test
    void servicesStoppedWithSigtermUnderWriteLoadLoseNothingAndApplyNothingTwice() throws Exception {
        Programme.Reports before = Programme.settledReports();
        WriteLoad load = WriteLoad.start(3, Suite.Service.CENTERS);
        load.awaitMore(15);

        assertTrue(Suite.terminate(Suite.Service.CENTERS, GRACE_PERIOD),
                "centers-service exits on SIGTERM within the grace period");
        Suite.restart(Suite.Service.CENTERS);
        load.awaitMore(15);

        assertTrue(Suite.terminate(Suite.Service.REPORTING, GRACE_PERIOD),
                "reporting-service exits on SIGTERM within the grace period");
        load.awaitMore(15);
        Suite.restart(Suite.Service.REPORTING);
        load.awaitMore(15);

        ExpectedFigures expected = load.stop();
        expected.awaitReachedFrom(before, Duration.ofSeconds(120));
    }
}
