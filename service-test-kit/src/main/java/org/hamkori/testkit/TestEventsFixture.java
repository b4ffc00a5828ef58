package org.hamkori.testkit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * For a test class that writes records straight to the topics ({@link TestEvents}): it extends this and has one
 * producer, opened before its first test and closed after its last.
 */
public abstract class TestEventsFixture {

    protected static TestEvents events;

    @BeforeAll
    protected static void connectToTheBroker() {
        events = new TestEvents();
    }

    @AfterAll
    protected static void disconnectFromTheBroker() {
        events.close();
    }
}
