package org.hamkori.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of every service (as {@code ./hamkori up --replicas 2} runs them) share the databases, topics and
 * consumer groups: writes spread over both centers-service instances reach the reports exactly once, even when the
 * second instance of centers-service and of reporting-service crash (SIGKILL) midway.
 */
class ScaleOutIT {

    static final List<Suite.Service> SECOND_INSTANCES = List.of(Suite.Service.CENTERS_REPLICA,
            Suite.Service.GROUPS_REPLICA, Suite.Service.TRAINING_REPLICA, Suite.Service.REPORTING_REPLICA);

    @BeforeAll
    static void startSecondInstances() {
        Suite.ensureRunning();
        Suite.ensureRunning(SECOND_INSTANCES);
    }

    @AfterAll
    static void stopSecondInstances() throws InterruptedException {
        for (Suite.Service instance : SECOND_INSTANCES) {
            Suite.kill(instance);
        }
    }

    @Test
    void writesSpreadOverTwoInstancesAreReportedExactlyOnceWhenOneInstanceCrashesMidway() throws Exception {
        Programme.Reports before = Programme.settledReports();
        WriteLoad load = WriteLoad.start(4, Suite.Service.CENTERS, Suite.Service.CENTERS_REPLICA);
        load.awaitMore(30);
        assertTrue(load.acceptedBy(Suite.Service.CENTERS) > 0 && load.acceptedBy(Suite.Service.CENTERS_REPLICA) > 0,
                "both instances took writes");

        Suite.kill(Suite.Service.CENTERS_REPLICA);
        Suite.kill(Suite.Service.REPORTING_REPLICA);
        load.awaitMore(30);

        ExpectedFigures expected = load.stop();
        expected.awaitReachedFrom(before, Duration.ofSeconds(150));
    }
}
