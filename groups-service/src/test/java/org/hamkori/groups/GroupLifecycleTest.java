package org.hamkori.groups;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamkori.groups.GroupsApi.as;
import static org.hamkori.groups.GroupsApi.communityRepresentative;
import static org.hamkori.groups.GroupsApi.dissolve;
import static org.hamkori.groups.GroupsApi.form;
import static org.hamkori.groups.GroupsApi.formGroup;
import static org.hamkori.groups.GroupsApi.groupAt;
import static org.hamkori.groups.GroupsApi.hold;
import static org.hamkori.groups.GroupsApi.holdMeetingWithTwoIssues;
import static org.hamkori.groups.GroupsApi.join;
import static org.hamkori.groups.GroupsApi.meetingWithTwoIssues;
import static org.hamkori.groups.GroupsApi.openCenter;
import static org.hamkori.groups.GroupsApi.policeOfficer;
import static org.hamkori.groups.GroupsApi.resolution;
import static org.hamkori.groups.GroupsApi.resolve;
import static org.hamkori.groups.GroupsApi.with;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GroupLifecycleTest {

    /** Within the programme's dates, but in the future. */
    private static final String TOMORROW = java.time.LocalDate.now().plusDays(1).toString();

    @Test
    void formingAGroupAnswersCreatedWithLocationAndTheCentersRegionAndDistrict() {
        Map<String, Object> body = groupAt(openCenter());
        String id = form(body).then()
                .statusCode(201)
                .contentType("application/json")
                .header("Location", containsString("/groups/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("ACTIVE"))
                .body("name", equalTo(body.get("name")))
                .body("centerId", equalTo(openCenter()))
                .body("regionCode", equalTo("KHATLON"))
                .body("districtCode", equalTo("KHATLON.QUBODIYON"))
                .body("formedOn", equalTo(GroupsApi.FORMED_ON))
                .body("facilitatingPartner", equalTo("SAFERWORLD"))
                .body("currentMembers", equalTo(0))
                .body("dissolvedOn", nullValue())
                .body("version", equalTo(0))
                .extract().path("id");

        GroupsApi.assertReadsAsCreated("analyst", "/groups/{id}", id, body.get("name"));
    }

    @Test
    void aFacilitatingPartnerIsOptional() {
        Map<String, Object> body = groupAt(openCenter());
        body.remove("facilitatingPartner");
        form(body).then().statusCode(201).body("facilitatingPartner", nullValue());
    }

    @Test
    void theGroupsFiguresAndVersionFollowEveryChangeToItsParts() {
        String id = formGroup();
        String member = join(id, policeOfficer());
        join(id, communityRepresentative());
        as("coordinator").body(Map.of("leftOn", "2022-01-01"))
                .post("/groups/{id}/members/{memberId}/departure", id, member).then().statusCode(200);
        List<String> issues = holdMeetingWithTwoIssues(id);
        resolve(id, issues.get(0), resolution("RESOLVED")).then().statusCode(200);

        as("coordinator").get("/groups/{id}", id).then()
                .statusCode(200)
                .header("ETag", "\"5\"")
                .body("version", equalTo(5))
                .body("currentMembers", equalTo(1))
                .body("meetingsHeld", equalTo(1))
                .body("openIssues", equalTo(1));
    }

    @Test
    void dissolvingAGroupEndsItAndItAcceptsNoFurtherChanges() {
        String id = formGroup();
        String member = join(id, policeOfficer());
        String issue = holdMeetingWithTwoIssues(id).get(0);

        as("coordinator").header("If-Match", "\"2\"").body(Map.of("dissolvedOn", "2024-06-30"))
                .post("/groups/{id}/dissolution", id).then()
                .statusCode(200).header("ETag", "\"3\"")
                .body("status", equalTo("DISSOLVED")).body("dissolvedOn", equalTo("2024-06-30"));

        as("coordinator").body(communityRepresentative()).post("/groups/{id}/members", id).then()
                .statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Conflict with the current state"))
                .body("detail", containsString("dissolved"));
        hold(id, meetingWithTwoIssues()).then().statusCode(409).body("detail", containsString("dissolved"));
        resolve(id, issue, resolution("RESOLVED")).then().statusCode(409).body("detail", containsString("dissolved"));
        as("coordinator").body(Map.of("leftOn", "2024-07-01"))
                .post("/groups/{id}/members/{memberId}/departure", id, member).then().statusCode(409);
        dissolve(id, "2024-07-01").then().statusCode(409).body("detail", containsString("2024-06-30"));

        as("coordinator").get("/groups/{id}", id).then()
                .body("version", equalTo(3)).body("currentMembers", equalTo(1)).body("openIssues", equalTo(2));
        as("coordinator").get("/groups/{id}/issues/{issueId}", id, issue).then().body("status", equalTo("OPEN"));
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailureAndChangesNothing() {
        String id = formGroup();
        join(id, policeOfficer());

        as("coordinator").header("If-Match", "\"0\"").body(Map.of("dissolvedOn", "2024-06-30"))
                .post("/groups/{id}/dissolution", id).then()
                .statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
        as("coordinator").header("If-Match", "\"0\"").body(communityRepresentative())
                .post("/groups/{id}/members", id).then().statusCode(412);
        as("coordinator").header("If-Match", "\"0\"").body(meetingWithTwoIssues())
                .post("/groups/{id}/meetings", id).then().statusCode(412);

        as("coordinator").get("/groups/{id}", id).then()
                .body("version", equalTo(1)).body("currentMembers", equalTo(1)).body("meetingsHeld", equalTo(0));
        as("coordinator").header("If-Match", "\"1\"").body(meetingWithTwoIssues())
                .post("/groups/{id}/meetings", id).then().statusCode(201).header("ETag", "\"2\"");
    }

    @Test
    void anUnknownGroupIsNotFound() {
        String unknown = "7b0e7a4e-2f1c-4d53-9a77-5b0cbb1d2c11";
        as("coordinator").get("/groups/{id}", unknown).then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        as("coordinator").get("/groups/not-a-uuid").then().statusCode(404);
        dissolve(unknown, "2024-06-30").then().statusCode(404);
        as("coordinator").body(policeOfficer()).post("/groups/{id}/members", unknown).then().statusCode(404);
        as("coordinator").get("/groups/{id}/members", unknown).then().statusCode(404);
        hold(unknown, meetingWithTwoIssues()).then().statusCode(404);
        as("coordinator").get("/groups/{id}/meetings", unknown).then().statusCode(404);
        as("coordinator").get("/groups/{id}/issues", unknown).then().statusCode(404);
    }

    @Test
    void invalidFieldsAreAllListed() {
        Map<String, Object> body = groupAt(openCenter());
        body.remove("name");
        body.put("formedOn", TOMORROW);
        body.put("facilitatingPartner", "saferworld");
        form(body).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", hasItems("name", "formedOn", "facilitatingPartner"));
        body = groupAt(openCenter());
        body.remove("centerId");
        form(body).then().statusCode(400).body("errors.field", hasItem("centerId"));
    }

    @Test
    void unreadableBodiesAreBadRequests() {
        as("coordinator").body("{\"name\": ").post("/groups").then()
                .statusCode(400).contentType("application/problem+json");
        Map<String, Object> body = groupAt(openCenter());
        body.put("centerId", "centre-one");
        form(body).then().statusCode(400).body("errors.field", hasItem("centerId"));
        body = groupAt(openCenter());
        body.put("formedOn", "15/07/2021");
        form(body).then().statusCode(400).body("errors.field", hasItem("formedOn"));
        as("coordinator").post("/groups").then().statusCode(400);
        as("coordinator").body(Map.of("dissolvedOn", "tomorrow")).post("/groups/{id}/dissolution", formGroup())
                .then().statusCode(400).body("errors.field", hasItem("dissolvedOn"));
    }

    @Test
    void aDissolutionInTheFutureIsABadRequest() {
        dissolve(formGroup(), TOMORROW).then().statusCode(400).body("errors.field", hasItem("dissolvedOn"));
    }

    @Test
    void withoutATokenTheApiIsUnauthorized() {
        given().get("/groups").then()
                .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2("not-a-jwt").get("/groups").then().statusCode(401);
        given().contentType("application/json").body(groupAt(openCenter())).post("/groups").then().statusCode(401);
        given().get("/groups/{id}/members", formGroup()).then().statusCode(401);
    }

    @Test
    void onlyCoordinatorsAndAdminsChangeGroups() {
        as("analyst").body(groupAt(openCenter())).post("/groups").then()
                .statusCode(403).contentType("application/problem+json");
        as("trainer").body(groupAt(openCenter())).post("/groups").then().statusCode(403);
        as("partner").body(Map.of("dissolvedOn", "2024-06-30")).post("/groups/{id}/dissolution", formGroup())
                .then().statusCode(403);
        as("admin").body(groupAt(openCenter())).post("/groups").then().statusCode(201);
    }

    @Test
    void retryingAFormationWithTheSameIdempotencyKeyReturnsTheFirstGroup() {
        Map<String, Object> body = groupAt(openCenter());
        String key = "retry-" + body.get("name");
        GroupsApi.createdTwiceWithOneKey("coordinator", key, body, "/groups");
        as("coordinator").get("/groups?centerId={centre}&size=500", openCenter()).then()
                .body("items.findAll { it.name == '" + body.get("name") + "' }.size()", equalTo(1));

        GroupsApi.assertKeyReuseRefused("coordinator", key, with(body, "facilitatingPartner", "US_EMBASSY"), "/groups");
    }

    @Test
    void listsArePagedAndFiltered() {
        String active = formGroup();
        String dissolved = formGroup();
        dissolve(dissolved, "2024-06-30").then().statusCode(200);

        as("analyst").get("/groups?status=ACTIVE&districtCode=KHATLON.QUBODIYON&centerId={c}&size=500", openCenter())
                .then()
                .statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(500))
                .body("items.id", hasItem(active))
                .body("items.id", not(hasItem(dissolved)))
                .body("items.status.unique()", equalTo(List.of("ACTIVE")))
                .body("items.centerId.unique()", equalTo(List.of(openCenter())));
        as("analyst").get("/groups?status=DISSOLVED&regionCode=KHATLON&size=500").then()
                .statusCode(200).body("items.id", hasItem(dissolved)).body("items.id", not(hasItem(active)));
        as("analyst").get("/groups?regionCode=SUGHD&size=500").then()
                .statusCode(200).body("items.id", not(hasItem(active)));
        as("analyst").get("/groups?centerId={c}&page=0&size=1", openCenter()).then()
                .statusCode(200).body("items.size()", equalTo(1)).body("size", equalTo(1))
                .body("totalItems", greaterThanOrEqualTo(2));
    }

    @Test
    void badListParametersAreBadRequests() {
        GroupsApi.assertBadQueriesNamed("analyst", "/groups?size=501", "size", "/groups?status=PAUSED", "status",
                "/groups?districtCode=NOWHERE", "districtCode", "/groups?regionCode=MARS", "regionCode",
                "/groups?centerId=centre-one", "centerId");
        as("analyst").get("/groups?page=-1&size=x").then().statusCode(400)
                .body("errors.field", hasItems("page", "size"));
    }
}
