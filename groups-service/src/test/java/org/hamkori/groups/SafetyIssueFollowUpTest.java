package org.hamkori.groups;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamkori.groups.GroupsApi.action;
import static org.hamkori.groups.GroupsApi.agree;
import static org.hamkori.groups.GroupsApi.agreeAction;
import static org.hamkori.groups.GroupsApi.as;
import static org.hamkori.groups.GroupsApi.complete;
import static org.hamkori.groups.GroupsApi.completion;
import static org.hamkori.groups.GroupsApi.dissolve;
import static org.hamkori.groups.GroupsApi.followUp;
import static org.hamkori.groups.GroupsApi.formGroup;
import static org.hamkori.groups.GroupsApi.holdMeetingWithTwoIssues;
import static org.hamkori.groups.GroupsApi.reopen;
import static org.hamkori.groups.GroupsApi.reopening;
import static org.hamkori.groups.GroupsApi.resolution;
import static org.hamkori.groups.GroupsApi.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Following a safety issue up through HTTP: actions, their completion, follow-ups, reopening, the issue board. */
@QuarkusTest
class SafetyIssueFollowUpTest {

    private static final String TOMORROW = LocalDate.now().plusDays(1).toString();
    private static final String YESTERDAY = LocalDate.now().minusDays(1).toString();
    private static final String UNKNOWN = "7b0e7a4e-2f1c-4d53-9a77-5b0cbb1d2c11";

    @Test
    void agreeingAnActionAnswersCreatedAndPutsTheIssueInProgress() {
        String group = formGroup();
        String issue = holdMeetingWithTwoIssues(group).get(1);
        Map<String, Object> action = action();

        var created = as("coordinator").header("If-Match", "\"1\"").body(action)
                .post("/groups/{id}/issues/{issueId}/actions", group, issue).then()
                .statusCode(201).header("ETag", "\"2\"")
                .body("issueId", equalTo(issue))
                .body("description", equalTo(action.get("description")))
                .body("responsible", equalTo("HUKUMAT"))
                .body("agreedOn", equalTo("2021-09-12"))
                .body("dueOn", equalTo("2021-10-15"))
                .body("completedOn", nullValue())
                .body("overdue", equalTo(true))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith("/groups/" + group + "/issues/" + issue + "/actions/" + id));

        as("coordinator").get("/groups/{id}/issues/{issueId}/actions/{actionId}", group, issue, id).then()
                .statusCode(200).header("ETag", "\"2\"").body("id", equalTo(id));
        as("coordinator").get("/groups/{id}/issues/{issueId}", group, issue).then()
                .body("status", equalTo("IN_PROGRESS")).body("overdue", equalTo(true))
                .body("actions.id", equalTo(List.of(id)));
        as("coordinator").get("/groups/{id}", group).then()
                .body("openIssues", equalTo(2)).body("openActions", equalTo(1)).body("version", equalTo(2));
    }

    @Test
    void anActionAgreedWithoutADateIsAgreedToday() {
        String group = formGroup();
        String issue = holdMeetingWithTwoIssues(group).get(0);
        Map<String, Object> action = action();
        action.remove("agreedOn");
        action.put("dueOn", TOMORROW);
        agree(group, issue, action).then().statusCode(201)
                .body("agreedOn", equalTo(LocalDate.now().toString())).body("overdue", equalTo(false));
    }

    @Test
    void invalidActionsAreBadRequestsNamingTheField() {
        String group = formGroup();
        String issue = holdMeetingWithTwoIssues(group).get(0);
        agree(group, issue, Map.of("description", " ", "responsible", "MAYOR", "agreedOn", TOMORROW)).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("responsible"));
        agree(group, issue, Map.of("description", " ", "agreedOn", TOMORROW)).then()
                .statusCode(400).body("errors.field", hasItems("description", "responsible", "agreedOn", "dueOn"));
        Map<String, Object> dueBeforeAgreed = action();
        dueBeforeAgreed.put("dueOn", "2021-09-11");
        agree(group, issue, dueBeforeAgreed).then().statusCode(400).body("errors.field", equalTo(List.of("dueOn")));
        as("coordinator").get("/groups/{id}", group).then().body("version", equalTo(1)).body("openActions", equalTo(0));
    }

    @Test
    void anActionDatedBeforeTheMeetingThatRaisedTheIssueIsAConflict() {
        String group = formGroup();
        String issue = holdMeetingWithTwoIssues(group).get(0);
        Map<String, Object> early = action();
        early.put("agreedOn", "2021-09-09");
        agree(group, issue, early).then().statusCode(409).body("detail", containsString("2021-09-10"));
    }

    @Test
    void completingAnActionRecordsItOnceAndNotBeforeItWasAgreed() {
        String group = formGroup();
        String issue = holdMeetingWithTwoIssues(group).get(0);
        String action = agreeAction(group, issue);

        complete(group, issue, action, completion("2021-09-11")).then()
                .statusCode(409).body("detail", containsString("2021-09-12"));
        Map<String, Object> done = completion("2021-10-01");
        as("coordinator").header("If-Match", "\"2\"").body(done)
                .post("/groups/{id}/issues/{issueId}/actions/{actionId}/completion", group, issue, action).then()
                .statusCode(200).header("ETag", "\"3\"")
                .body("completedOn", equalTo("2021-10-01")).body("note", equalTo(done.get("note")))
                .body("overdue", equalTo(false));
        complete(group, issue, action, completion("2021-10-02")).then()
                .statusCode(409).body("detail", containsString("2021-10-01"));
        complete(group, issue, action, Map.of("completedOn", TOMORROW)).then()
                .statusCode(400).body("errors.field", equalTo(List.of("completedOn")));
        as("coordinator").get("/groups/{id}", group).then().body("openActions", equalTo(0)).body("version", equalTo(3));
    }

    @Test
    void completingAnUnknownActionIsNotFound() {
        String group = formGroup();
        List<String> issues = holdMeetingWithTwoIssues(group);
        String action = agreeAction(group, issues.get(0));
        complete(group, issues.get(0), UNKNOWN, completion("2021-10-01")).then()
                .statusCode(404).contentType("application/problem+json");
        complete(group, issues.get(1), action, completion("2021-10-01")).then().statusCode(404);
        complete(group, UNKNOWN, action, completion("2021-10-01")).then().statusCode(404);
        as("coordinator").get("/groups/{id}/issues/{issueId}/actions/{actionId}", group, issues.get(1), action).then()
                .statusCode(404);
    }

    @Test
    void aFollowUpAnswersCreatedAndIsNotDatedBeforeTheIssueWasRaised() {
        String group = formGroup();
        String issue = holdMeetingWithTwoIssues(group).get(0);
        followUp(group, issue, followUp("2021-09-09")).then().statusCode(409)
                .body("detail", containsString("2021-09-10"));
        followUp(group, issue, Map.of("heldOn", TOMORROW, "note", " ")).then()
                .statusCode(400).body("errors.field", hasItems("heldOn", "note"));

        Map<String, Object> visit = followUp("2021-09-20");
        var created = as("coordinator").header("If-Match", "\"1\"").body(visit)
                .post("/groups/{id}/issues/{issueId}/follow-ups", group, issue).then()
                .statusCode(201).header("ETag", "\"2\"")
                .body("heldOn", equalTo("2021-09-20")).body("note", equalTo(visit.get("note"))).extract();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith("/groups/" + group + "/issues/" + issue + "/follow-ups/" + id));
        as("analyst").get("/groups/{id}/issues/{issueId}/follow-ups/{followUpId}", group, issue, id).then()
                .statusCode(200).body("heldOn", equalTo("2021-09-20")).body("$", not(hasKey("note")));
        as("coordinator").get("/groups/{id}", group).then().body("followUpsHeld", equalTo(1));
    }

    @Test
    void aResolvedIssueIsReopenedWithItsEarlierResolutionKeptAndOnlyThen() {
        String group = formGroup();
        String issue = holdMeetingWithTwoIssues(group).get(1);
        reopen(group, issue, reopening("2021-11-01")).then()
                .statusCode(409).body("detail", containsString("OPEN"));
        resolve(group, issue, resolution("RESOLVED")).then().statusCode(200);
        agree(group, issue, action()).then().statusCode(409).body("detail", containsString("RESOLVED"));
        reopen(group, issue, reopening("2021-11-01")).then()
                .statusCode(409).body("detail", containsString("2021-11-02"));

        Map<String, Object> reopening = reopening("2022-03-01");
        as("coordinator").header("If-Match", "\"2\"").body(reopening)
                .post("/groups/{id}/issues/{issueId}/reopening", group, issue).then()
                .statusCode(200).header("ETag", "\"3\"")
                .body("status", equalTo("OPEN"))
                .body("resolvedOn", nullValue())
                .body("$", not(hasKey("outcome")))
                .body("reopenings[0].reopenedOn", equalTo("2022-03-01"))
                .body("reopenings[0].reason", equalTo(reopening.get("reason")))
                .body("reopenings[0].previousStatus", equalTo("RESOLVED"))
                .body("reopenings[0].previousResolvedOn", equalTo("2021-11-02"))
                .body("reopenings[0].previousOutcome", equalTo("Crossing painted and a warden posted"));
        as("coordinator").get("/groups/{id}", group).then().body("openIssues", equalTo(2));
        reopen(group, issue, Map.of("reopenedOn", TOMORROW)).then()
                .statusCode(400).body("errors.field", hasItems("reopenedOn", "reason"));
        resolve(group, issue, resolution("REFERRED")).then()
                .statusCode(409).body("detail", containsString("2022-03-01"));
    }

    @Test
    void aStaleVersionIsAPreconditionFailureAndChangesNothing() {
        String group = formGroup();
        String issue = holdMeetingWithTwoIssues(group).get(0);
        String action = agreeAction(group, issue);
        as("coordinator").header("If-Match", "\"1\"").body(action())
                .post("/groups/{id}/issues/{issueId}/actions", group, issue).then().statusCode(412);
        as("coordinator").header("If-Match", "\"1\"").body(completion("2021-10-01"))
                .post("/groups/{id}/issues/{issueId}/actions/{actionId}/completion", group, issue, action).then()
                .statusCode(412);
        as("coordinator").header("If-Match", "\"1\"").body(followUp("2021-10-01"))
                .post("/groups/{id}/issues/{issueId}/follow-ups", group, issue).then().statusCode(412);
        resolve(group, issue, resolution("RESOLVED")).then().statusCode(200);
        as("coordinator").header("If-Match", "\"2\"").body(reopening("2022-01-01"))
                .post("/groups/{id}/issues/{issueId}/reopening", group, issue).then().statusCode(412);
        as("coordinator").get("/groups/{id}/issues/{issueId}", group, issue).then()
                .body("status", equalTo("RESOLVED")).body("actions.size()", equalTo(1))
                .body("actions[0].completedOn", nullValue()).body("followUps.size()", equalTo(0));
    }

    @Test
    void aDissolvedGroupsIssuesAcceptNoActionFollowUpOrReopening() {
        String group = formGroup();
        List<String> issues = holdMeetingWithTwoIssues(group);
        String action = agreeAction(group, issues.get(0));
        resolve(group, issues.get(1), resolution("RESOLVED")).then().statusCode(200);
        dissolve(group, "2022-01-01").then().statusCode(200);

        agree(group, issues.get(0), action()).then().statusCode(409).body("detail", containsString("dissolved"));
        complete(group, issues.get(0), action, completion("2022-01-02")).then().statusCode(409);
        followUp(group, issues.get(0), followUp("2022-01-02")).then().statusCode(409);
        reopen(group, issues.get(1), reopening("2022-01-02")).then().statusCode(409);
    }

    @Test
    void theIssueBoardFiltersEveryGroupsIssuesByStatusCategoryPlaceAndOverdue() {
        String first = formGroup();
        String second = formGroup();
        // raised yesterday: the board shows the latest meetings first, ahead of every other test's issues
        List<String> firstIssues = raisedYesterday(first);
        List<String> secondIssues = raisedYesterday(second);
        agree(first, firstIssues.get(0), dueYesterday()).then().statusCode(201);
        Map<String, Object> notDue = dueYesterday();
        notDue.put("dueOn", LocalDate.now().toString());
        agree(second, secondIssues.get(0), notDue).then().statusCode(201);
        String completed = agree(second, secondIssues.get(1), dueYesterday()).then().statusCode(201)
                .extract().path("id");
        complete(second, secondIssues.get(1), completed, completion(YESTERDAY)).then().statusCode(200);

        List<String> overdue = as("analyst").get("/issues?overdue=true&size=500").then()
                .statusCode(200).body("items.overdue", not(hasItem(false))).extract().path("items.id");
        assertShownOfOurs(List.of(firstIssues.get(0)), overdue, firstIssues, secondIssues);
        List<String> inProgress = as("coordinator")
                .get("/issues?status=IN_PROGRESS&regionCode=KHATLON&districtCode=KHATLON.QUBODIYON&size=500")
                .then().statusCode(200).extract().path("items.id");
        assertShownOfOurs(List.of(firstIssues.get(0), secondIssues.get(0), secondIssues.get(1)), inProgress,
                firstIssues, secondIssues);
        List<String> roadSafety = as("coordinator").get("/issues?category=ROAD_SAFETY&size=500").then()
                .extract().path("items.id");
        assertShownOfOurs(List.of(firstIssues.get(1), secondIssues.get(1)), roadSafety, firstIssues, secondIssues);
        List<String> elsewhere = as("coordinator").get("/issues?regionCode=SUGHD&size=500").then()
                .statusCode(200).extract().path("items.id");
        assertShownOfOurs(List.of(), elsewhere, firstIssues, secondIssues);

        as("coordinator").get("/issues?size=1").then()
                .statusCode(200).body("size", equalTo(1)).body("items.size()", equalTo(1))
                .body("items[0].groupName", notNullValue()).body("items[0].districtCode", notNullValue());
        as("coordinator").get("/issues?overdue=maybe").then().statusCode(400).body("errors.field", hasItem("overdue"));
        as("coordinator").get("/issues?status=CLOSED").then().statusCode(400).body("errors.field", hasItem("status"));
        as("coordinator").get("/issues?districtCode=NOWHERE").then()
                .statusCode(400).body("errors.field", hasItem("districtCode"));
    }

    private static List<String> raisedYesterday(String group) {
        Map<String, Object> meeting = GroupsApi.meetingWithTwoIssues();
        meeting.put("heldOn", YESTERDAY);
        return GroupsApi.hold(group, meeting).then().statusCode(201).extract().path("issuesRaised.id");
    }

    private static Map<String, Object> dueYesterday() {
        Map<String, Object> action = action();
        action.put("agreedOn", YESTERDAY);
        action.put("dueOn", YESTERDAY);
        return action;
    }

    /** Of the issues of these tests' groups (the board shows other tests' issues too), exactly {@code expected}. */
    @SafeVarargs
    private static void assertShownOfOurs(List<String> expected, List<String> board, List<String>... ours) {
        List<String> shown = Arrays.stream(ours).flatMap(List::stream).filter(board::contains).sorted().toList();
        assertEquals(expected.stream().sorted().toList(), shown);
    }

    @Test
    void theGroupsIssuesShowTheirWholeFollowUpWithoutFreeTextForAnalysts() {
        String group = formGroup();
        String issue = holdMeetingWithTwoIssues(group).get(0);
        String action = agreeAction(group, issue);
        complete(group, issue, action, completion("2021-10-01")).then().statusCode(200);
        followUp(group, issue, followUp("2021-10-05")).then().statusCode(201);
        resolve(group, issue, resolution("RESOLVED")).then().statusCode(200);
        reopen(group, issue, reopening("2022-01-10")).then().statusCode(200);

        as("coordinator").get("/groups/{id}/issues?status=OPEN&category=DOMESTIC_VIOLENCE", group).then()
                .statusCode(200).body("items.id", equalTo(List.of(issue)))
                .body("items[0].actions[0].description", containsString("Paint a crossing"))
                .body("items[0].actions[0].note", containsString("roads department"))
                .body("items[0].followUps[0].note", containsString("head teacher"))
                .body("items[0].reopenings[0].reason", containsString("hit at the crossing"));
        as("analyst").get("/groups/{id}/issues", group).then()
                .statusCode(200)
                .body("items[0].actions[0]", not(hasKey("description"))).body("items[0].actions[0]", not(hasKey("note")))
                .body("items[0].actions[0].responsible", equalTo("HUKUMAT"))
                .body("items[0].followUps[0]", not(hasKey("note")))
                .body("items[0].followUps[0].heldOn", equalTo("2021-10-05"))
                .body("items[0].reopenings[0]", not(hasKey("reason")))
                .body("items[0].reopenings[0]", not(hasKey("previousOutcome")))
                .body("items[0].reopenings[0].previousStatus", equalTo("RESOLVED"));
        as("coordinator").get("/groups/{id}/issues?overdue=true", group).then().body("totalItems", equalTo(0));
    }

    @Test
    void retryingAnActionWithTheSameIdempotencyKeyReturnsTheFirstAction() {
        String group = formGroup();
        String issue = holdMeetingWithTwoIssues(group).get(0);
        String key = "action-" + UUID.randomUUID();
        Map<String, Object> action = action();
        String first = as("coordinator").header("Idempotency-Key", key).body(action)
                .post("/groups/{id}/issues/{issueId}/actions", group, issue).then().statusCode(201).extract().path("id");
        as("coordinator").header("Idempotency-Key", key).body(action)
                .post("/groups/{id}/issues/{issueId}/actions", group, issue).then()
                .statusCode(201).body("id", equalTo(first));
        as("coordinator").get("/groups/{id}", group).then().body("openActions", equalTo(1));
    }
}
