package org.hamkori.centers;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * centers-service with limits that tests can reach: a relay batch of 12 s (so a broker outage shows as failed
 * batches within seconds), a producer that refuses records over 2 KiB, and retention running every second with
 * different ages for outbox rows (2 days) and idempotency keys (3 days).
 */
public class RelayLimitsProfile implements QuarkusTestProfile {

    static final int MAX_REQUEST_SIZE = 2048;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "hamkori.outbox.batch-timeout", "PT12S",
                "hamkori.outbox.producer.max.request.size", Integer.toString(MAX_REQUEST_SIZE),
                "hamkori.retention.interval", "PT1S",
                "hamkori.retention.outbox-published", "P2D",
                "hamkori.retention.idempotency-keys", "P3D");
    }
}
