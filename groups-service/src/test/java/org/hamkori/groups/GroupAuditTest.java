package org.hamkori.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.groups.service.GroupService;
import org.hamkori.kit.domain.ExpectedVersion;
import org.hamkori.testkit.shared.AuditTrailReads;
import org.hamkori.testkit.shared.InsideTheService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §11 for groups: who changed what, in the transaction of the change, and a group's history. */
@QuarkusTest
class GroupAuditTest {

    @Inject
    GroupService service;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "coordinator"})
    void aWriteLeavesOneEntryWithItsActorRoleChangedFieldsAndEventId(String role) {
        String group = GroupsApi.formGroup();
        String user = "farrukh-" + role;
        String requestId = "join-" + UUID.randomUUID();
        Map<String, Object> member = GroupsApi.policeOfficer();
        String memberId = AuditTrailReads.byNamedUser(user, role).header("X-Request-Id", requestId)
                .body(member).post("/groups/{id}/members", group)
                .then().statusCode(201).header("X-Request-Id", requestId).extract().path("id");

        JsonPath entries = AuditTrailReads.onlyEntryOfRequest(requestId, Map.of("actor", user, "role", role,
                "aggregate", "Group", "id", group, "version", 1, "action", "GroupMemberJoined",
                "eventId", InsideTheService.publishedEventId(group, 1)));
        String name = "member[" + memberId + "].fullName";
        assertEquals(Arrays.asList(null, member.get("fullName")), entries.getList("items[0].changes.'" + name + "'"));
        assertEquals(List.of(0, 1), entries.getList("items[0].changes.currentMembers"));
        assertTrue(entries.getList("items[0].personalFields").containsAll(List.of(name,
                "member[" + memberId + "].phone")));
        assertFalse(entries.getList("items[0].personalFields").contains("currentMembers"));
    }

    @Test
    void aRefusedWriteLeavesNoAuditEntry() {
        String group = GroupsApi.formGroup();
        String requestId = "dissolve-early-" + UUID.randomUUID();
        GroupsApi.as("coordinator").header("X-Request-Id", requestId).body(Map.of("dissolvedOn", "2020-01-01"))
                .post("/groups/{id}/dissolution", group).then().statusCode(409);
        assertEquals(0, AuditTrailReads.ofRequest(requestId).getInt("totalItems"));
    }

    @Test
    void aRolledBackWriteLeavesNoAuditEntry() {
        String group = GroupsApi.formGroup();
        InsideTheService.rolledBack(
                () -> service.dissolve(UUID.fromString(group), ExpectedVersion.ANY, LocalDate.of(2023, 1, 1)));
        assertEquals(List.of("GroupFormed"), history(group, "admin").getList("items.action"));
    }

    @Test
    void aGroupsHistoryShowsTheChangesOfItsPartsNewestFirst() {
        String group = GroupsApi.formGroup();
        String member = GroupsApi.join(group, GroupsApi.policeOfficer());
        GroupsApi.as("coordinator").body(Map.of("leftOn", "2022-03-01"))
                .post("/groups/{id}/members/{member}/departure", group, member).then().statusCode(200);

        JsonPath history = history(group, "coordinator");
        assertEquals(List.of("GroupMemberLeft", "GroupMemberJoined", "GroupFormed"), history.getList("items.action"));
        assertEquals(Arrays.asList(null, "2022-03-01"),
                history.getList("items[0].changes.'member[" + member + "].leftOn'"));
        assertEquals(List.of(1, 0), history.getList("items[0].changes.currentMembers"));
    }

    @Test
    void readingMembersIsRecordedForThoseShownTheirNamesOnly() {
        String group = GroupsApi.formGroup();
        GroupsApi.join(group, GroupsApi.policeOfficer());
        GroupsApi.as("analyst").get("/groups/{id}/members", group).then().statusCode(200);
        GroupsApi.as("coordinator").get("/groups/{id}/members", group).then().statusCode(200);

        JsonPath history = history(group, "admin");
        assertEquals(List.of("READ_PERSONAL_DATA", "GroupMemberJoined", "GroupFormed"), history.getList("items.action"));
        assertEquals("dev-coordinator", history.getString("items[0].actor"));
        assertEquals(Map.of(), history.getMap("items[0].changes"));
        // the admin's history page itself showed names: recorded too
        JsonPath again = history(group, "admin");
        assertEquals("READ_PERSONAL_DATA", again.getString("items[0].action"));
        assertEquals("dev-admin", again.getString("items[0].actor"));
    }


    static JsonPath history(String group, String role) {
        return AuditTrailReads.history("/groups/{id}/history", group, role);
    }
}
