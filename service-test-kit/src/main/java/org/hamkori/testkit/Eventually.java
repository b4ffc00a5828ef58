package org.hamkori.testkit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits for a condition with a deadline (Awaitility underneath), so that every test waits for what it
 * needs rather than for a fixed time, and fails saying what did not happen and the last value seen.
 */
public final class Eventually {

    private static final Duration POLL = Duration.ofMillis(100);

    private Eventually() {
    }

    /** Reads {@code value} until it satisfies {@code condition}, and returns it. */
    public static <T> T value(String what, Duration within, Supplier<T> value, Predicate<? super T> condition) {
        AtomicReference<T> last = new AtomicReference<>();
        try {
            return Awaitility.await(what).atMost(within).pollDelay(Duration.ZERO).pollInterval(POLL)
                    .until(() -> {
                        T current = value.get();
                        last.set(current);
                        return current;
                    }, condition::test);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Not within " + within + ": " + what + "; last seen: " + last.get(), e);
        }
    }

    public static void until(String what, Duration within, BooleanSupplier condition) {
        value(what, within, condition::getAsBoolean, Boolean::booleanValue);
    }
}
