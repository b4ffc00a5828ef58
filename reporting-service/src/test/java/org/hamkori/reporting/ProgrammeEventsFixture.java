package org.hamkori.reporting;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * For tests that write groups', training's and centres' events straight to the topics: one producer a test class,
 * opened before its first test and closed after its last.
 */
abstract class ProgrammeEventsFixture {

    static ProgrammeEvents events;

    @BeforeAll
    static void connectToTheTopics() {
        events = new ProgrammeEvents();
    }

    @AfterAll
    static void disconnectFromTheTopics() {
        events.close();
    }
}
