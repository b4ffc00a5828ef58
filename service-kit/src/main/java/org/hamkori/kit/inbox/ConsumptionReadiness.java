package org.hamkori.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.hamkori.kit.failure.ConsumptionFailures;

/**
 * Readiness of event consumption: DOWN while some consumer waits for a transient failure to pass (its events are not
 * applied yet, so what the service answers may be behind), naming each one, since when and why.
 */
@Readiness
@ApplicationScoped
public class ConsumptionReadiness implements HealthCheck {

    private record Waiting(Instant since, String what, String reason) {
    }

    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();

    /** {@code waiter} (e.g. a topic's consumer) cannot go on with {@code what} until {@code failure} passes. */
    public void waiting(String waiter, String what, Throwable failure) {
        String reason = ConsumptionFailures.describe(failure);
        waiting.compute(waiter, (k, before) -> new Waiting(before == null ? Instant.now() : before.since(), what,
                reason));
    }

    public void resumed(String waiter) {
        waiting.remove(waiter);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event consumption").status(waiting.isEmpty());
        waiting.forEach((waiter, w) -> response.withData(waiter,
                "waiting since " + w.since() + " to apply " + w.what() + ": " + w.reason()));
        return response.build();
    }
}
