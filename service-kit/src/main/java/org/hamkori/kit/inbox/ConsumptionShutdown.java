package org.hamkori.kit.inbox;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;

/**
 * Graceful shutdown of consumption. On shutdown, first of all, no record starts any more and the records being
 * applied finish (their transactions commit and the connector commits their offsets) before the database closes.
 * A batch of records the connector hands over after that point is held, never applied and never acknowledged, until
 * the process exits: its offsets are not committed, so it is read again after the restart. Failing it instead would
 * send it to the dead-letter topic. {@link StopsConsumingAtShutdown} marks the methods that consume.
 */
@ApplicationScoped
public class ConsumptionShutdown {

    private static final Logger LOG = Logger.getLogger(ConsumptionShutdown.class);
    private static final Duration IN_FLIGHT_WITHIN = Duration.ofSeconds(15);

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean stopping;

    /** Before a record is applied: returns once it may start, or never when the service is shutting down. */
    void enter() {
        inFlight.incrementAndGet();
        if (stopping) {
            inFlight.decrementAndGet();
            holdUntilExit();
        }
    }

    /** After a record was applied (or failed). */
    void exit() {
        inFlight.decrementAndGet();
    }

    /** Runs before the other shutdown observers (the messaging connectors', the database's). */
    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent shutdown) {
        stopping = true;
        long deadline = System.nanoTime() + IN_FLIGHT_WITHIN.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        if (inFlight.get() > 0) {
            LOG.warnf("%d record(s) still being applied at shutdown; they are read again after the restart",
                    inFlight.get());
        }
    }

    @SuppressWarnings("InfiniteLoopStatement")
    private static void holdUntilExit() {
        while (true) {
            LockSupport.park(ConsumptionShutdown.class);
            Thread.interrupted(); // the worker pool's shutdown interrupts: keep holding
        }
    }
}
