package org.hamkori.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: exponential backoff from {@code firstDelay}, doubling up to {@code maxDelay},
 * with "equal jitter" (half the delay fixed, half random) so that the retries of a burst do not arrive together;
 * a {@code Retry-After} the endpoint asked for is honoured when it is longer (up to {@code maxRetryAfter}). After
 * {@code giveUpAfter} since the delivery was queued there is no next attempt: the delivery has failed. With the
 * defaults (10 s doubling to 6 h, 3 days) that is about 18 attempts.
 */
public record RetrySchedule(Duration firstDelay, Duration maxDelay, Duration giveUpAfter, Duration maxRetryAfter) {

    public static RetrySchedule of(WebhooksConfig.Retry config) {
        return new RetrySchedule(config.firstDelay(), config.maxDelay(), config.giveUpAfter(), config.maxRetryAfter());
    }

    /** The next attempt after the {@code attempts}-th failed, or none when it is time to give up. */
    public Optional<Instant> next(int attempts, Instant retryingSince, AttemptResult failure, RandomGenerator random) {
        long exponent = Math.min(Math.max(attempts - 1, 0), 40);
        long backoff = Math.min(maxDelay.toMillis(), firstDelay.toMillis() * (1L << Math.min(exponent, 30)));
        long jittered = backoff / 2 + (long) (random.nextDouble() * (backoff / 2.0));
        long delay = Math.max(jittered, failure.requestedDelay()
                .map(asked -> Math.min(asked.toMillis(), maxRetryAfter.toMillis())).orElse(0L));
        Instant next = failure.at().plus(failure.duration()).plusMillis(delay);
        return next.isAfter(retryingSince.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
