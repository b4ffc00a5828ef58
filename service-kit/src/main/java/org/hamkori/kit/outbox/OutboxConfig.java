package org.hamkori.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** {@code hamkori.outbox.*}: how the relay publishes the outbox. */
@ConfigMapping(prefix = "hamkori.outbox")
public interface OutboxConfig {

    /** Off leaves every event in the outbox (e.g. a replica that must not publish). */
    @WithDefault("true")
    boolean enabled();

    /** The safety-net poll; commits wake the relay at once. */
    @WithDefault("PT5S")
    Duration pollInterval();

    /** Rows read per relay transaction. */
    @WithDefault("200")
    int batchSize();

    /**
     * Timeout of a relay batch's transaction, which also holds the relay's advisory lock. The batch waits for the
     * broker for at most three quarters of it and keeps the rest for marking rows and committing.
     */
    @WithDefault("PT30S")
    Duration batchTimeout();

    /** Settings of the relay's producer over the shared {@code kafka.*} ones, e.g. {@code max.request.size}. */
    Map<String, String> producer();
}
