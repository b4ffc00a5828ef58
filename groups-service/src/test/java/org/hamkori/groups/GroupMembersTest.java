package org.hamkori.groups;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamkori.groups.GroupsApi.as;
import static org.hamkori.groups.GroupsApi.communityRepresentative;
import static org.hamkori.groups.GroupsApi.formGroup;
import static org.hamkori.groups.GroupsApi.join;
import static org.hamkori.groups.GroupsApi.policeOfficer;
import static org.hamkori.groups.GroupsApi.with;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GroupMembersTest {

    /** Within the programme's dates, but in the future. */
    private static final String TOMORROW = java.time.LocalDate.now().plusDays(1).toString();

    private static Response leave(String groupId, String memberId, String leftOn) {
        return as("coordinator").body(Map.of("leftOn", leftOn))
                .post("/groups/{id}/members/{memberId}/departure", groupId, memberId);
    }

    @Test
    void joiningAnswersCreatedWithTheMemberAndTheGroupsNewVersion() {
        String group = formGroup();
        Map<String, Object> officer = policeOfficer();
        var created = as("coordinator").header("If-Match", "\"0\"").body(officer).post("/groups/{id}/members", group)
                .then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("groupId", equalTo(group))
                .body("fullName", equalTo(officer.get("fullName")))
                .body("rank", equalTo(officer.get("rank")))
                .body("affiliation", equalTo(officer.get("affiliation")))
                .body("phone", equalTo(officer.get("phone")))
                .body("sex", equalTo("MALE"))
                .body("role", equalTo("POLICE_OFFICER"))
                .body("joinedOn", equalTo("2021-07-20"))
                .body("leftOn", nullValue())
                .body("current", equalTo(true))
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/groups/" + group + "/members/" + id),
                created.header("Location"));

        as("coordinator").get("/groups/{id}/members/{memberId}", group, id).then()
                .statusCode(200).header("ETag", "\"1\"").body("fullName", equalTo(officer.get("fullName")));
        as("coordinator").get("/groups/{id}", group).then().body("currentMembers", equalTo(1));
    }

    @Test
    void membersAreListedInTheOrderTheyJoinedWithTheirPersonalDataForCoordinatorsAndAdmins() {
        String group = formGroup();
        Map<String, Object> later = communityRepresentative();
        later.put("joinedOn", "2021-08-01");
        String second = join(group, later);
        String first = join(group, policeOfficer());

        for (String role : List.of("coordinator", "admin")) {
            as(role).get("/groups/{id}/members", group).then()
                    .statusCode(200)
                    .body("totalItems", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(50))
                    .body("items.id", equalTo(List.of(first, second)))
                    .body("items[1].fullName", equalTo(later.get("fullName")))
                    .body("items[1].phone", equalTo(later.get("phone")))
                    .body("items[1].affiliation", equalTo(later.get("affiliation")))
                    .body("items[0].rank", containsString("Major"));
        }
        as("coordinator").get("/groups/{id}/members?page=1&size=1", group).then()
                .statusCode(200).body("items.id", equalTo(List.of(second))).body("totalItems", equalTo(2));
    }

    @Test
    void analystsSeeMembersWithoutPersonalDataAndPartnersAndTrainersNotAtAll() {
        String group = formGroup();
        String id = join(group, policeOfficer());

        for (String role : List.of("partner", "trainer")) {
            as(role).get("/groups/{id}/members", group).then().statusCode(403);
            as(role).get("/groups/{id}/members/{memberId}", group, id).then().statusCode(403);
        }
        for (String role : List.of("analyst")) {
            as(role).get("/groups/{id}/members", group).then()
                    .statusCode(200)
                    .body("items.id", equalTo(List.of(id)))
                    .body("items[0].sex", equalTo("MALE"))
                    .body("items[0].role", equalTo("POLICE_OFFICER"))
                    .body("items[0].joinedOn", equalTo("2021-07-20"))
                    .body("items[0]", not(hasKey("fullName")))
                    .body("items[0]", not(hasKey("phone")))
                    .body("items[0]", not(hasKey("rank")))
                    .body("items[0]", not(hasKey("affiliation")));
            as(role).get("/groups/{id}/members/{memberId}", group, id).then()
                    .statusCode(200).body("$", not(hasKey("fullName"))).body("$", not(hasKey("phone")));
        }
    }

    @Test
    void aMemberLeavesOnceAndNotBeforeJoining() {
        String group = formGroup();
        String member = join(group, communityRepresentative());

        leave(group, member, "2021-07-19").then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("2021-07-20"));
        as("coordinator").header("If-Match", "\"1\"").body(Map.of("leftOn", "2023-02-28"))
                .post("/groups/{id}/members/{memberId}/departure", group, member).then()
                .statusCode(200).header("ETag", "\"2\"")
                .body("leftOn", equalTo("2023-02-28")).body("current", equalTo(false))
                .body("fullName", not(nullValue()));
        leave(group, member, "2023-03-01").then().statusCode(409).body("detail", containsString("already left"));

        as("coordinator").get("/groups/{id}", group).then().body("currentMembers", equalTo(0)).body("version", equalTo(2));
        as("coordinator").get("/groups/{id}/members", group).then().body("items[0].leftOn", equalTo("2023-02-28"));
    }

    @Test
    void anUnknownMemberIsNotFound() {
        String group = formGroup();
        String otherGroupsMember = join(formGroup(), policeOfficer());
        leave(group, "7b0e7a4e-2f1c-4d53-9a77-5b0cbb1d2c11", "2023-01-01").then()
                .statusCode(404).contentType("application/problem+json");
        leave(group, otherGroupsMember, "2023-01-01").then().statusCode(404);
        leave(group, "not-a-uuid", "2023-01-01").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Member not-a-uuid does not exist"));
        as("coordinator").get("/groups/{id}/members/{memberId}", group, otherGroupsMember).then().statusCode(404);
        as("coordinator").get("/groups/{id}", group).then().body("version", equalTo(0));
    }

    @Test
    void invalidMembersAreBadRequestsNamingEveryField() {
        String group = formGroup();
        Map<String, Object> body = policeOfficer();
        body.remove("fullName");
        body.put("sex", "OTHER");
        as("coordinator").body(body).post("/groups/{id}/members", group).then()
                .statusCode(400).body("errors.field", hasItem("sex"));
        body = policeOfficer();
        body.remove("fullName");
        body.remove("role");
        body.put("phone", "call me");
        body.put("joinedOn", TOMORROW);
        as("coordinator").body(body).post("/groups/{id}/members", group).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("fullName", "role", "phone", "joinedOn"));
        as("coordinator").body(Map.of("leftOn", TOMORROW))
                .post("/groups/{id}/members/{memberId}/departure", group, join(group, policeOfficer())).then()
                .statusCode(400).body("errors.field", hasItem("leftOn"));
        as("coordinator").get("/groups/{id}", group).then().body("currentMembers", equalTo(1));
    }

    @Test
    void onlyAPoliceOfficerHasARank() {
        Map<String, Object> body = communityRepresentative();
        body.put("rank", "Captain");
        as("coordinator").body(body).post("/groups/{id}/members", formGroup()).then()
                .statusCode(400).body("errors.field", equalTo(List.of("rank")));
    }

    @Test
    void onlyCoordinatorsAndAdminsChangeMembers() {
        String group = formGroup();
        as("analyst").body(policeOfficer()).post("/groups/{id}/members", group).then()
                .statusCode(403).contentType("application/problem+json");
        as("trainer").body(policeOfficer()).post("/groups/{id}/members", group).then().statusCode(403);
        String member = join(group, policeOfficer());
        as("partner").body(Map.of("leftOn", "2023-01-01"))
                .post("/groups/{id}/members/{memberId}/departure", group, member).then().statusCode(403);
        as("admin").body(policeOfficer()).post("/groups/{id}/members", group).then().statusCode(201);
    }

    @Test
    void retryingAJoinWithTheSameIdempotencyKeyReturnsTheFirstMember() {
        String group = formGroup();
        Map<String, Object> body = policeOfficer();
        String key = "join-" + body.get("fullName");
        GroupsApi.createdTwiceWithOneKey("coordinator", key, body, "/groups/{id}/members", group);
        as("coordinator").get("/groups/{id}", group).then().body("currentMembers", equalTo(1)).body("version", equalTo(1));

        GroupsApi.assertKeyReuseRefused("coordinator", key, with(body, "phone", "+992 90 0000000"),
                "/groups/{id}/members", group);
    }

    @Test
    void theSameIdempotencyKeyOnAnotherGroupCreatesAnotherMember() {
        Map<String, Object> body = policeOfficer();
        String key = "join-" + body.get("fullName");
        String first = as("coordinator").header("Idempotency-Key", key).body(body)
                .post("/groups/{id}/members", formGroup()).then().statusCode(201).extract().path("id");
        as("coordinator").header("Idempotency-Key", key).body(body).post("/groups/{id}/members", formGroup()).then()
                .statusCode(201).body("id", not(equalTo(first)));
    }
}
