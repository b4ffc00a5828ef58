package org.hamkori.groups;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.hamkori.testkit.AuthorizationMatrix;
import org.junit.jupiter.api.Test;

/**
 * SPEC §2 for groups: coordinator and admin manage them and read members' personal data; analysts read
 * everything without it (nor issue descriptions and outcomes, which may name people); trainers and
 * partners have no business here. A coordinator whose token names regions reaches only those regions' groups (the
 * scoped column); every write leaves its audit entry (SPEC §11).
 */
@QuarkusTest
class GroupsAuthorizationMatrixTest {

    static final AuthorizationMatrix MATRIX = AuthorizationMatrix.of(
            List.of("fullName", "phone", "rank", "affiliation", "description", "outcome", "note", "reason",
                    "previousOutcome"),
            // operation                                        admin coordinator trainer analyst  partner anonymous scoped
            "GET  /groups                                         | yes   yes         no      yes      no      no  region",
            "GET  /groups/{group}                                 | yes   yes         no      yes      no      no  region",
            "GET  /groups/{group}/history                         | yes   yes         no      no       no      no  region",
            "POST /groups                                         | yes   yes         no      no       no      no  region",
            "GET  /groups/{group}/members                         | yes   yes         no      redacted no      no  region",
            "GET  /groups/{group}/members/{member}                | yes   yes         no      redacted no      no  region",
            "POST /groups/{group}/members                         | yes   yes         no      no       no      no  region",
            "POST /groups/{group}/members/{member}/departure      | yes   yes         no      no       no      no  region",
            "GET  /groups/{group}/meetings                        | yes   yes         no      redacted no      no  region",
            "GET  /groups/{group}/meetings/{meeting}              | yes   yes         no      redacted no      no  region",
            "POST /groups/{group}/meetings                        | yes   yes         no      no       no      no  region",
            "GET  /groups/{group}/issues                          | yes   yes         no      redacted no      no  region",
            "GET  /groups/{group}/issues/{issue}                  | yes   yes         no      redacted no      no  region",
            "POST /groups/{group}/issues/{issue}/resolution       | yes   yes         no      no       no      no  region",
            "POST /groups/{group}/issues/{issue}/reopening        | yes   yes         no      no       no      no  region",
            "POST /groups/{group}/issues/{issue}/actions          | yes   yes         no      no       no      no  region",
            "GET  /groups/{group}/issues/{issue}/actions/{action} | yes   yes         no      redacted no      no  region",
            "POST /groups/{group}/issues/{issue}/actions/{action}/completion | yes yes   no      no       no      no  region",
            "POST /groups/{group}/issues/{issue}/follow-ups       | yes   yes         no      no       no      no  region",
            "GET  /groups/{group}/issues/{issue}/follow-ups/{followUp} | yes yes       no      redacted no      no  region",
            "GET  /issues                                         | yes   yes         no      redacted no      no  region",
            "POST /groups/{group}/dissolution                     | yes   yes         no      no       no      no  region")
            .withKitOperations(AuthorizationMatrix.KitOperations.WITH_DEAD_LETTERS);

    @Test
    void everyRoleReachesExactlyWhatTheSpecificationGivesIt() {
        String group = GroupsApi.formGroup();
        String member = GroupsApi.join(group, GroupsApi.policeOfficer());
        String meeting = GroupsApi.hold(group, GroupsApi.meetingWithTwoIssues()).then().statusCode(201)
                .extract().path("id");
        String issue = GroupsApi.as("coordinator").get("/groups/{id}/meetings/{meeting}", group, meeting).then()
                .statusCode(200).extract().path("issuesRaised[0].id");
        String action = GroupsApi.agreeAction(group, issue);
        GroupsApi.complete(group, issue, action, GroupsApi.completion("2021-10-01")).then().statusCode(200);
        String followUp = GroupsApi.followUp(group, issue, GroupsApi.followUp("2021-10-05")).then().statusCode(201)
                .extract().path("id");
        GroupsApi.resolve(group, issue, GroupsApi.resolution("RESOLVED")).then().statusCode(200);
        GroupsApi.reopen(group, issue, GroupsApi.reopening("2022-01-10")).then().statusCode(200);
        GroupsApi.resolve(group, issue, Map.of("resolvedOn", "2022-02-01", "outcome", "Speed bump built",
                "status", "RESOLVED")).then().statusCode(200);
        // no dead letter exists: a re-drive reaches authorization and answers 404
        MATRIX.walk(Map.of("group", group, "member", member, "meeting", meeting, "issue", issue, "action", action,
                "followUp", followUp, "deadLetter", "0"));
    }

    @Test
    void aCoordinatorScopedToARegionReachesOnlyThatRegionsGroups() {
        MATRIX.walkScoped(new AuthorizationMatrix.ScopedCaller("coordinator", List.of("KHATLON")),
                GroupsApi.groupWithEveryPart(GroupsApi.openCenterIn("KHATLON", "KHATLON.JAYHUN"), "KHATLON"),
                GroupsApi.groupWithEveryPart(GroupsApi.openCenterIn("SUGHD", "SUGHD.ISFARA"), "SUGHD"),
                GroupsApi.writeRequests());
    }

    @Test
    void everyWriteOperationLeavesAnAuditEntry() {
        String center = GroupsApi.openCenter();
        MATRIX.walkWritesAudited("coordinator", () -> GroupsApi.groupWithEveryPart(center, "KHATLON"),
                GroupsApi.writeRequests());
    }
}
