package org.hamkori.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code hamkori.webhooks.*}: what webhooks-service reads, how it delivers and how it keeps its secrets. */
@ConfigMapping(prefix = "hamkori.webhooks")
public interface WebhooksConfig {

    /** The programme's topics. */
    List<String> topics();

    /** The live consumer group. */
    String consumerGroup();

    /**
     * AES-256-GCM key (32 bytes, base64) that encrypts the signing secrets at rest: HAMKORI_WEBHOOKS_ENCRYPTION_KEY.
     * Required outside development and tests.
     */
    Optional<String> encryptionKey();

    /**
     * Whether endpoints may be plain http or resolve to loopback, private or link-local addresses: only for
     * development and tests, never in production (SSRF).
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** How long the secret before a rotation keeps signing beside the new one. */
    @WithDefault("PT24H")
    Duration secretOverlap();

    /** An endpoint whose every attempt failed for this long is disabled. */
    @WithDefault("P3D")
    Duration disableFailingAfter();

    /** How long delivered rows stay in the delivery log; a recovery further back re-reads the topics. */
    @WithDefault("P30D")
    Duration deliveredRetention();

    /** How often the per-endpoint gauges (pending, oldest pending) are read from the database. */
    @WithDefault("PT15S")
    Duration metricsRefresh();

    Retry retry();

    Delivery delivery();

    /** Exponential backoff with jitter between attempts of one delivery. */
    interface Retry {
        @WithDefault("PT10S")
        Duration firstDelay();

        @WithDefault("PT6H")
        Duration maxDelay();

        /** A delivery not accepted this long after it was queued is marked failed. */
        @WithDefault("P3D")
        Duration giveUpAfter();

        /** The longest {@code Retry-After} honoured as such; a longer one waits this long. */
        @WithDefault("PT12H")
        Duration maxRetryAfter();
    }

    /** The delivery worker's limits. */
    interface Delivery {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("PT5S")
        Duration connectTimeout();

        /** The whole attempt, from connecting to the answer's end: an endpoint that never answers costs this. */
        @WithDefault("PT15S")
        Duration requestTimeout();

        /** Attempts in flight to one endpoint at a time, across replicas. */
        @WithDefault("4")
        int maxInFlightPerEndpoint();

        /** Attempts started per second to one endpoint, per replica. */
        @WithDefault("50")
        int maxPerSecondPerEndpoint();

        /** Attempts in flight of one replica, over all endpoints. */
        @WithDefault("256")
        int maxInFlight();

        /** The worker looks for due deliveries at least this often (it is also woken by new deliveries). */
        @WithDefault("PT0.25S")
        Duration pollInterval();
    }
}
