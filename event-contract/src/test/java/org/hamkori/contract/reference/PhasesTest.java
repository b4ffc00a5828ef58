package org.hamkori.contract.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The programme's phases (SPEC §7) as its public record gives them, consistent and named in three languages. */
class PhasesTest {

    private static final Phases DATA = Phases.get();

    @Test
    void theProgrammesPhasesWithTheirDatesAndPartners() {
        Phase embassy = DATA.phase("US_EMBASSY_PROGRAMME").orElseThrow();
        assertEquals(LocalDate.of(2010, 1, 1), embassy.from(), "launched in 2010");
        assertEquals(null, embassy.to(), "still running when the programme's record was written");
        assertEquals(List.of("US_EMBASSY"), embassy.partners());
        Phase reform = DATA.phase("POLICE_REFORM_2013_2020").orElseThrow();
        assertEquals(LocalDate.of(2013, 1, 1), reform.from());
        assertEquals(LocalDate.of(2020, 12, 31), reform.to());
        assertEquals(List.of("MVD", "SAFERWORLD"), reform.partners());
    }

    @Test
    void everyPhaseIsWellFormed() {
        assertTrue(DATA.version().matches("\\d{4}-\\d{2}-\\d{2}(\\.\\d+)?"), DATA.version());
        assertEquals(DATA.phases().size(), DATA.phases().stream().map(Phase::code).distinct().count(), "unique codes");
        for (Phase phase : DATA.phases()) {
            assertTrue(phase.code().matches("[A-Z][A-Z0-9_]{1,63}"), phase.code());
            assertFalse(phase.name().en().isBlank() || phase.name().ru().isBlank() || phase.name().tg().isBlank(),
                    phase.code() + " named in en, ru and tg");
            assertTrue(phase.to() == null || !phase.to().isBefore(phase.from()), phase.code() + " ends after it starts");
            assertFalse(phase.partners().isEmpty(), phase.code() + " names its partners");
            phase.partners().forEach(p -> assertTrue(p.matches("[A-Z][A-Z0-9_]{1,31}"), phase.code() + " partner " + p));
        }
    }
}
