package org.hamkori.centers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hamkori.contract.centers.ClosureReason;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.kit.reference.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The centre lifecycle's moves and date rules, on the aggregate alone (no Quarkus, database or broker). */
class CenterRulesTest {

    private static final LocalDate OPENED = LocalDate.of(2023, 3, 1);

    @Test
    void aRegisteredCenterIsPlannedAndOpensOnce() {
        Center center = Center.register(details("UZ-001", List.of("UNDP")));
        assertEquals(CenterStatus.PLANNED, center.status);

        var opened = center.open(OPENED);

        assertEquals(CenterStatus.OPEN, center.status);
        assertEquals(OPENED, opened.openedOn());
        assertThrows(BusinessRuleViolation.class, () -> center.open(OPENED.plusDays(1)));
    }

    @Test
    void onlyAnOpenCenterStartsRenovatingAndNotBeforeItOpened() {
        Center center = Center.register(details("UZ-002", List.of()));
        assertThrows(BusinessRuleViolation.class, () -> center.startRenovation(OPENED));

        center.open(OPENED);

        assertRefusedNaming("2023-03-01", () -> center.startRenovation(OPENED.minusDays(1)));
        center.startRenovation(OPENED);
        assertEquals(CenterStatus.UNDER_RENOVATION, center.status);
    }

    @Test
    void onlyARenovatingCenterCompletesARenovation() {
        Center center = open(details("UZ-010", List.of()));

        assertRefusedNaming("UNDER_RENOVATION", () -> center.completeRenovation(OPENED.plusDays(1), List.of()));
    }

    @Test
    void completingARenovationReopensTheCenterAndAddsItsPartnersOnce() {
        Center center = open(details("UZ-003", List.of("UNDP")));
        center.startRenovation(OPENED.plusMonths(6));

        assertThrows(BusinessRuleViolation.class,
                () -> center.completeRenovation(OPENED.plusMonths(5), List.of("OSCE")));
        var renovated = center.completeRenovation(OPENED.plusMonths(8), List.of("OSCE", "UNDP"));

        assertEquals(CenterStatus.OPEN, center.status);
        assertEquals(List.of("UNDP", "OSCE"), center.partners());
        assertEquals(List.of("OSCE", "UNDP"), renovated.fundingPartners());
    }

    @Test
    void aNewRenovationDoesNotStartBeforeThePreviousOneCompleted() {
        Center center = open(details("UZ-004", List.of()));
        center.startRenovation(OPENED.plusMonths(1));
        center.completeRenovation(OPENED.plusMonths(3), List.of());

        assertRefusedNaming("2023-06-01", () -> center.startRenovation(OPENED.plusMonths(2)));
    }

    @Test
    void onlyAnOpenOrRenovatingCenterClosesAndNotBeforeItsLastMove() {
        Center planned = Center.register(details("UZ-005", List.of()));
        assertRefusedNaming("PLANNED", () -> planned.close(OPENED, ClosureReason.OTHER, "never opened"));

        Center renovating = open(details("UZ-006", List.of()));
        renovating.startRenovation(OPENED.plusMonths(2));
        assertRefusedNaming("2023-05-01", () -> renovating.close(OPENED.plusMonths(1), ClosureReason.RELOCATED, null));

        renovating.close(OPENED.plusMonths(2), ClosureReason.RELOCATED, null);
        assertEquals(CenterStatus.CLOSED, renovating.status);
        assertRefusedNaming("CLOSED", () -> renovating.close(OPENED.plusMonths(3), ClosureReason.OTHER, "again"));
        assertRefusedNaming("CLOSED", () -> renovating.open(OPENED.plusMonths(3)));
    }

    @Test
    void aRenovatedCenterClosesFromTheDayItsRenovationCompleted() {
        Center center = open(details("UZ-011", List.of()));
        center.startRenovation(OPENED.plusMonths(1));
        center.completeRenovation(OPENED.plusMonths(6), List.of());

        assertRefusedNaming("2023-09-01",
                () -> center.close(OPENED.plusMonths(6).minusDays(1), ClosureReason.MERGED, null));
        center.close(OPENED.plusMonths(6), ClosureReason.MERGED, null);
        assertEquals(CenterStatus.CLOSED, center.status);
    }

    @Test
    void aClosurePublishesItsReasonCodeAndKeepsItsNote() {
        Center center = open(details("UZ-009", List.of()));

        var closed = center.close(OPENED.plusYears(1), ClosureReason.BUILDING_UNSAFE,
                "Roof inspected by engineer Karimov; the hukumat will decide on demolition");

        assertEquals("BUILDING_UNSAFE", closed.reason());
        assertEquals(ClosureReason.BUILDING_UNSAFE, center.closureReason);
        assertEquals("Roof inspected by engineer Karimov; the hukumat will decide on demolition", center.closureNote);
    }

    @Test
    void theSameDetailsChangeNothingAndOtherDetailsAreAChange() {
        Center center = Center.register(details("UZ-007", List.of("UNDP", "UNDP")));

        assertTrue(center.changeDetails(details("UZ-007", List.of("UNDP"))).isEmpty());
        var changed = center.changeDetails(details("UZ-008", List.of("UNDP")));

        assertTrue(changed.isPresent());
        assertEquals("UZ-008", center.code);
    }

    /** The refusal reaches the caller as the problem's detail, so it names what stands in the way. */
    private static void assertRefusedNaming(String named, Executable move) {
        BusinessRuleViolation refusal = assertThrows(BusinessRuleViolation.class, move);
        assertTrue(refusal.getMessage().contains(named), refusal.getMessage());
    }

    private static Center open(CenterDetails details) {
        Center center = Center.register(details);
        center.open(OPENED);
        return center;
    }

    private static CenterDetails details(String code, List<String> partners) {
        return new CenterDetails(code, "Centre " + code, new Place("TJ-DU", "TJ-DU-01"), "Dushanbe", "Rudaki 1",
                new BigDecimal("38.559800"), new BigDecimal("68.787000"), ConstructionType.NEW_BUILD, partners, 4);
    }
}
