package org.hamkori.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hamkori.testkit.ConfigOverrides;
import org.junit.jupiter.api.Test;

/**
 * A deployment that lets analysts read groups' history (hamkori.access.history) shows them members' names and
 * phones as "***": history masks personal values for every role outside hamkori.access.personal-data.
 */
@QuarkusTest
@TestProfile(GroupHistoryMaskingTest.AnalystsReadHistory.class)
class GroupHistoryMaskingTest {

    public static class AnalystsReadHistory extends ConfigOverrides {
        public AnalystsReadHistory() {
            super(Map.of("hamkori.access.history", "admin,coordinator,analyst",
                    "mp.messaging.incoming.centers-events.group.id", "groups-service-test-masking"));
        }
    }

    @Test
    void historyMasksPersonalValuesForARoleThatMayNotReadThem() {
        String group = GroupsApi.formGroup();
        Map<String, Object> officer = GroupsApi.policeOfficer();
        String member = GroupsApi.join(group, officer);
        String fullName = "items[0].changes.'member[" + member + "].fullName'";

        List<Object> shownToAnalyst = GroupAuditTest.history(group, "analyst").getList(fullName);
        List<Object> shownToCoordinator = GroupAuditTest.history(group, "coordinator").getList(fullName);

        assertEquals(Arrays.asList(null, "***"), shownToAnalyst);
        assertEquals(Arrays.asList(null, officer.get("fullName")), shownToCoordinator);
        assertEquals(List.of(0, 1), GroupAuditTest.history(group, "analyst").getList("items.find { it.action == "
                + "'GroupMemberJoined' }.changes.currentMembers"));
    }
}
