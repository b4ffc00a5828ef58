package org.hamkori.groups;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamkori.groups.GroupsApi.as;
import static org.hamkori.groups.GroupsApi.form;
import static org.hamkori.groups.GroupsApi.formGroup;
import static org.hamkori.groups.GroupsApi.groupAt;
import static org.hamkori.groups.GroupsApi.hold;
import static org.hamkori.groups.GroupsApi.issue;
import static org.hamkori.groups.GroupsApi.meeting;
import static org.hamkori.groups.GroupsApi.openCenter;
import static org.hamkori.groups.GroupsApi.participants;
import static org.hamkori.groups.GroupsApi.policeOfficer;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile or inconsistent input is a 4xx problem that names what is wrong, never a 5xx. */
@QuarkusTest
class GroupInputTest {

    @Test
    void aNulInAMembersAffiliationIsABadRequestNamingTheField() {
        String groupId = formGroup();
        Map<String, Object> member = policeOfficer();
        member.put("affiliation", "District\u0000police");
        as("coordinator").body(member).post("/groups/{id}/members", groupId).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("affiliation"));
        as("coordinator").get("/groups/{id}/members", groupId).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aNulInAnIssueDescriptionNamesTheIssueItIsIn() {
        String groupId = formGroup();
        hold(groupId, meeting("2021-09-10", participants(1, 1, 1, 1), List.of(
                issue("THEFT", "Bikes stolen"), issue("OTHER", "Hidden\u0000text")))).then().statusCode(400)
                .body("errors[0].field", equalTo("issuesRaised[1].description"));
    }

    @Test
    void aGroupCannotBeFormedBeforeItsCenterOpened() {
        Map<String, Object> body = groupAt(openCenter());
        body.put("formedOn", "2021-06-20");
        form(body).then().statusCode(409).body("type", equalTo("https://hamkori.org/problems/conflict"))
                .body("detail", containsString("2021-06-21"));
        body.put("formedOn", "2021-06-21");
        form(body).then().statusCode(201);
    }

    @Test
    void farDatesAndHugePagesAreBadRequests() {
        Map<String, Object> body = groupAt(openCenter());
        body.put("formedOn", "+9999999-12-31");
        form(body).then().statusCode(400).body("errors[0].field", equalTo("formedOn"));
        as("coordinator").get("/groups?page=42949673").then().statusCode(400).body("errors[0].field", equalTo("page"));
        GroupsApi.assertRawQueriesNamed("coordinator", "/groups?centerId=A%00B", "centerId");
    }
}
