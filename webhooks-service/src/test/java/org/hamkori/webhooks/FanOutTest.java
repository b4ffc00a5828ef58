package org.hamkori.webhooks;

import java.time.Duration;
import org.hamkori.testkit.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of the fan-out: it writes events to the real topics, and only the endpoints it registers itself receive them
 * (those left by an earlier run or test are deleted first).
 */
abstract class FanOutTest {

    static final Duration WITHIN = Duration.ofSeconds(90);
    static TestEvents events;

    @BeforeAll
    static void openTopics() {
        events = new TestEvents();
    }

    @AfterAll
    static void closeTopics() {
        events.close();
    }

    @BeforeEach
    void noOtherEndpoints() {
        WebhooksApi.deleteAllEndpoints();
    }
}
