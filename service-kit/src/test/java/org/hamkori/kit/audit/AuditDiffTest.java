package org.hamkori.kit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditDiffTest {

    enum Status { PLANNED, OPEN }

    static class Centre {
        @Id
        UUID id;
        String name;
        Status status;
        LocalDate openedOn;
        BigDecimal latitude;
        String[] partners;
        @Personal
        String note;
        @Version
        long version;
        @ManyToOne
        Object owner;
    }

    private static final AuditedFields CENTRE = AuditedFields.of(Centre.class);

    private static Map<String, Object> state(Object... pairs) {
        Map<String, Object> state = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            state.put((String) pairs[i], pairs[i + 1]);
        }
        return state;
    }

    @Test
    void onlyTheFieldsThatChangedAreRecordedWithTheirValuesBeforeAndAfter() {
        FieldChanges changes = new FieldChanges();
        changes.compare("", state("name", "Qubodiyon", "status", Status.PLANNED, "openedOn", null),
                state("name", "Qubodiyon", "status", Status.OPEN, "openedOn", LocalDate.of(2021, 6, 21)), CENTRE);
        assertEquals(Map.of("status", List.of("PLANNED", "OPEN"), "openedOn", Arrays.asList(null, "2021-06-21")),
                changes.changes());
        assertEquals(List.of(), changes.personalFields());
    }

    @Test
    void theIdTheVersionAndAssociationsAreLeftOut() {
        assertEquals(Set.of("name", "status", "openedOn", "latitude", "partners", "note"), CENTRE.audited());
        FieldChanges changes = new FieldChanges();
        changes.compare("", state("version", 1L, "owner", "a", "id", UUID.randomUUID()),
                state("version", 2L, "owner", "b", "id", UUID.randomUUID()), CENTRE);
        assertTrue(changes.isEmpty(), changes.changes().toString());
    }

    @Test
    void aCreatedEntityRecordsEveryValueItWasGivenAgainstNothing() {
        FieldChanges changes = new FieldChanges();
        changes.compare("", null, state("name", "New", "note", null, "partners", new String[] {"MVD"}), CENTRE);
        assertEquals(Map.of("name", Arrays.asList(null, "New"), "partners", Arrays.asList(null, List.of("MVD"))),
                changes.changes());
    }

    @Test
    void equalNumbersAndEqualArraysAreNoChange() {
        FieldChanges changes = new FieldChanges();
        changes.compare("", state("latitude", new BigDecimal("37.34"), "partners", new String[] {"MVD"}),
                state("latitude", new BigDecimal("37.340000"), "partners", new String[] {"MVD"}), CENTRE);
        assertTrue(changes.isEmpty(), changes.changes().toString());
    }

    @Test
    void personalFieldsAreMarkedUnderTheNameOfTheEntityTheyBelongTo() {
        FieldChanges changes = new FieldChanges();
        changes.compare("centre[7]", state("note", null), state("note", "Rahimov agreed"), CENTRE);
        assertEquals(Map.of("centre[7].note", Arrays.asList(null, "Rahimov agreed")), changes.changes());
        assertEquals(List.of("centre[7].note"), changes.personalFields());
    }

    @Test
    void aMaskedEntryHidesPersonalValuesButNotTheirAbsence() {
        AuditEntry entry = new AuditEntry(null, "coordinator", "coordinator", "Group", "g", 2L, "GroupMemberJoined",
                Map.of("member[1].fullName", Arrays.asList(null, "Rahimov"), "currentMembers", List.of(0, 1)),
                List.of("member[1].fullName"), null, "r");
        AuditEntry masked = entry.masked();
        assertEquals(Arrays.asList(null, AuditEntry.MASK), masked.changes().get("member[1].fullName"));
        assertEquals(List.of(0, 1), masked.changes().get("currentMembers"));
    }

    @Test
    void theRoleRecordedIsTheCallersRolesThatTheOperationAdmits() {
        assertEquals("coordinator", AuditTrail.role(Set.of("coordinator", "analyst"), Set.of("admin", "coordinator")));
        assertEquals("admin,coordinator", AuditTrail.role(Set.of("coordinator", "admin"), Set.of("admin", "coordinator")));
        assertEquals("analyst", AuditTrail.role(Set.of("analyst"), Set.of()));
    }
}
