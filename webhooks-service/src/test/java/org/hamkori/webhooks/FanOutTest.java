package org.hamkori.webhooks;

import java.time.Duration;
import org.hamkori.testkit.TestEventsFixture;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of the fan-out: it writes events to the real topics, and only the endpoints it registers itself receive them
 * (those left by an earlier run or test are deleted first).
 */
abstract class FanOutTest extends TestEventsFixture {

    static final Duration WITHIN = Duration.ofSeconds(90);

    @BeforeEach
    void noOtherEndpoints() {
        WebhooksApi.deleteAllEndpoints();
    }
}
