package org.hamkori.kit.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hamkori.kit.domain.StaleVersion;
import org.junit.jupiter.api.Test;

/** Which If-Match headers let a change of the current version through. */
class IfMatchRulesTest {

    @Test
    void noHeaderOrAStarAcceptsAnyVersion() {
        assertDoesNotThrow(() -> Versions.expected(null).check(7));
        assertDoesNotThrow(() -> Versions.expected("  ").check(7));
        assertDoesNotThrow(() -> Versions.expected(" * ").check(7));
    }

    @Test
    void aListedStrongTagOfTheCurrentVersionIsAccepted() {
        assertDoesNotThrow(() -> Versions.expected("\"7\"").check(7));
        assertDoesNotThrow(() -> Versions.expected("\"3\", \"7\"").check(7));
    }

    @Test
    void anotherVersionAWeakTagOrAnUnreadableTagIsStale() {
        StaleVersion stale = assertThrows(StaleVersion.class, () -> Versions.expected(" \"6\" ").check(7));
        assertEquals("\"6\"", stale.expected);
        assertEquals(7, stale.current);
        assertThrows(StaleVersion.class, () -> Versions.expected("W/\"7\"").check(7));
        assertThrows(StaleVersion.class, () -> Versions.expected("\"07\"").check(7));
        assertThrows(StaleVersion.class, () -> Versions.expected("7").check(7));
        assertThrows(StaleVersion.class, () -> Versions.expected("\"99999999999999999999\"").check(7));
    }
}
