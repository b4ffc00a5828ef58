package org.hamkori.centers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hamkori.testkit.ConfigOverrides;
import org.junit.jupiter.api.Test;

/**
 * A deployment that lets analysts read centres' history (hamkori.access.history) shows them a closure's note, which
 * may name people, as "***": history masks personal values for every role outside hamkori.access.personal-data.
 */
@QuarkusTest
@TestProfile(CenterHistoryMaskingTest.AnalystsReadHistory.class)
class CenterHistoryMaskingTest {

    public static class AnalystsReadHistory extends ConfigOverrides {
        public AnalystsReadHistory() {
            super(Map.of("hamkori.access.history", "admin,coordinator,analyst"));
        }
    }

    @Test
    void historyMasksPersonalValuesForARoleThatMayNotReadThem() {
        String id = CentersApi.closedCenter();
        List<Object> shownToAnalyst = CenterAuditTest.history(id, "analyst")
                .getList("items.find { it.action == 'CenterClosed' }.changes.closureNote");
        List<Object> shownToCoordinator = CenterAuditTest.history(id, "coordinator")
                .getList("items.find { it.action == 'CenterClosed' }.changes.closureNote");
        assertEquals(Arrays.asList(null, "***"), shownToAnalyst);
        assertEquals(Arrays.asList(null, "Merged after a meeting with deputy Rahimov"), shownToCoordinator);
        assertEquals(List.of("closureNote"), CenterAuditTest.history(id, "analyst")
                .getList("items.find { it.action == 'CenterClosed' }.personalFields"));
    }
}
