package org.hamkori.kit.inbox;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.health.Readiness;
import org.hamkori.kit.failure.ConsumptionFailures;
import org.jboss.logging.Logger;

/**
 * Runs work that applies events until it passes, for as long as a transient failure lasts (capped exponential
 * backoff, SmallRye Fault Tolerance), reporting the waiter NOT READY meanwhile. A permanent failure is thrown at once.
 * The caller's thread waits: a Kafka consumer holds its partition (nothing is committed past the record) while the
 * connector keeps polling with the partition paused.
 */
@ApplicationScoped
public class TransientRetry {

    private static final Logger LOG = Logger.getLogger(TransientRetry.class);

    @Inject
    @Readiness
    ConsumptionReadiness readiness;

    /** {@code waiter} names who waits (readiness data); {@code what} what it tries to apply. */
    @Retry(maxRetries = -1, maxDuration = 0, delay = 100, jitter = 50, retryOn = TransientFailure.class,
            abortOn = {org.hamkori.contract.MalformedEventException.class, EventRejectedException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public <T> T call(String waiter, String what, Supplier<T> work) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            if (ConsumptionFailures.isTransient(e)) {
                readiness.waiting(waiter, what, e);
                LOG.warnf("%s waits to apply %s: %s", waiter, what, ConsumptionFailures.describe(e));
                throw new TransientFailure(e);
            }
            readiness.resumed(waiter);
            throw e;
        }
        readiness.resumed(waiter);
        return result;
    }
}
