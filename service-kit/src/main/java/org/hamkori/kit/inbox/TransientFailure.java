package org.hamkori.kit.inbox;

import org.hamkori.kit.failure.ConsumptionFailures;

/** A failure {@link ConsumptionFailures} judged transient: the work is retried until it passes. */
public class TransientFailure extends RuntimeException {
    public TransientFailure(Throwable cause) {
        super(ConsumptionFailures.describe(cause), cause);
    }
}
