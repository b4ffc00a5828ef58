package org.hamkori.groups;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hamkori.contract.centers.CenterClosed;
import org.hamkori.contract.centers.CenterOpened;
import org.hamkori.contract.centers.CenterRegistered;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.testkit.ConsumerLag;
import org.hamkori.testkit.DevTokens;
import org.hamkori.testkit.TestEvents;

/**
 * Test driver of groups-service's HTTP API. Centres become known to the service the only way they can:
 * as events on centers.events, written here as centers-service would write them.
 */
final class GroupsApi {

    static final String FORMED_ON = "2021-07-15";
    private static final Duration REPLICA_CATCH_UP = Duration.ofSeconds(60);
    private static String sharedCenter;

    private GroupsApi() {
    }

    static RequestSpecification as(String role) {
        return given().contentType(ContentType.JSON).auth().oauth2(DevTokens.token(role));
    }

    /** Publishes what centers-service publishes for a centre in Qubodiyon registered and opened; sequences 0, 1. */
    static UUID publishOpenedCenter() {
        UUID id = UUID.randomUUID();
        publishOpenedCenter(id);
        return id;
    }

    /** Its registration, then its opening. */
    static void publishOpenedCenter(UUID id) {
        try (TestEvents events = new TestEvents()) {
            events.send(new CenterRegistered(id, "G-" + id.toString().substring(0, 8).toUpperCase(),
                    "Qubodiyon police–public interaction centre", "KHATLON", "KHATLON.QUBODIYON", "Qubodiyon",
                    new BigDecimal("37.3372"), new BigDecimal("68.1669"), ConstructionType.NEW_BUILD,
                    List.of("US_EMBASSY"), 6), 0);
            events.send(new CenterOpened(id, LocalDate.parse("2021-06-21"), "KHATLON", "KHATLON.QUBODIYON",
                    ConstructionType.NEW_BUILD, List.of("US_EMBASSY")), 1);
        }
    }

    static void publishClosure(UUID centerId, long sequence) {
        try (TestEvents events = new TestEvents()) {
            events.send(new CenterClosed(centerId, LocalDate.parse("2023-01-10"), "Merged"), sequence);
        }
    }

    /** Waits until groups-service has applied everything on centers.events (its consumer group in this profile). */
    static void awaitReplicaCaughtUp() {
        String group = ConfigProvider.getConfig().getValue("mp.messaging.incoming.centers-events.group.id", String.class);
        ConsumerLag.awaitCaughtUp(group, List.of("centers.events"), REPLICA_CATCH_UP);
    }

    /** An open centre known to the service, shared by the tests that do not care which centre it is. */
    static synchronized String openCenter() {
        if (sharedCenter == null) {
            UUID id = publishOpenedCenter();
            awaitReplicaCaughtUp();
            sharedCenter = id.toString();
        }
        return sharedCenter;
    }

    static Map<String, Object> groupAt(String centerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Qubodiyon group " + UUID.randomUUID().toString().substring(0, 8));
        body.put("centerId", centerId);
        body.put("formedOn", FORMED_ON);
        body.put("facilitatingPartner", "SAFERWORLD");
        return body;
    }

    static Response form(Map<String, Object> body) {
        return as("coordinator").body(body).post("/groups");
    }

    static String formGroup() {
        return form(groupAt(openCenter())).then().statusCode(201).extract().path("id");
    }

    /** A police officer with every personal field set to values unique to this call. */
    static Map<String, Object> policeOfficer() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Rustam Nazarov " + tag);
        body.put("sex", "MALE");
        body.put("role", "POLICE_OFFICER");
        body.put("rank", "Major " + tag);
        body.put("affiliation", "Qubodiyon district police " + tag);
        body.put("phone", "+992 93 " + Math.abs(tag.hashCode() % 10_000_000));
        body.put("joinedOn", "2021-07-20");
        return body;
    }

    static Map<String, Object> communityRepresentative() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", "Malika Karimova " + tag);
        body.put("sex", "FEMALE");
        body.put("role", "COMMUNITY_REPRESENTATIVE");
        body.put("affiliation", "Mahalla committee " + tag);
        body.put("phone", "+992 91 " + Math.abs(tag.hashCode() % 10_000_000));
        body.put("joinedOn", "2021-07-20");
        return body;
    }

    static String join(String groupId, Map<String, Object> member) {
        return as("coordinator").body(member).post("/groups/{id}/members", groupId).then()
                .statusCode(201).extract().path("id");
    }

    static Map<String, Object> participants(int female, int male, int police, int community) {
        return Map.of("female", female, "male", male, "police", police, "community", community);
    }

    static Map<String, Object> issue(String category, String description) {
        return Map.of("category", category, "description", description);
    }

    static Map<String, Object> meeting(String heldOn, Map<String, Object> participants,
            List<Map<String, Object>> issues) {
        Map<String, Object> body = new HashMap<>();
        body.put("heldOn", heldOn);
        body.put("participants", participants);
        body.put("issuesRaised", issues);
        return body;
    }

    /** A meeting on 2021-09-10 of 14 people that raised a domestic-violence and a road-safety issue. */
    static Map<String, Object> meetingWithTwoIssues() {
        return meeting("2021-09-10", participants(5, 9, 4, 10), List.of(
                issue("DOMESTIC_VIOLENCE", "Repeated incidents reported in one mahalla"),
                issue("ROAD_SAFETY", "No crossing by the school on the main road")));
    }

    static Response hold(String groupId, Map<String, Object> meeting) {
        return as("coordinator").body(meeting).post("/groups/{id}/meetings", groupId);
    }

    /** Holds {@link #meetingWithTwoIssues()} and returns the ids of the issues raised. */
    static List<String> holdMeetingWithTwoIssues(String groupId) {
        return hold(groupId, meetingWithTwoIssues()).then().statusCode(201).extract().path("issuesRaised.id");
    }

    static Map<String, Object> resolution(String status) {
        return Map.of("resolvedOn", "2021-11-02", "outcome", "Crossing painted and a warden posted", "status", status);
    }

    static Response resolve(String groupId, String issueId, Map<String, Object> resolution) {
        return as("coordinator").body(resolution).post("/groups/{id}/issues/{issueId}/resolution", groupId, issueId);
    }

    /** An action agreed on 2021-09-12, due 2021-10-15, carried out by the hukumat; its description unique to this call. */
    static Map<String, Object> action() {
        Map<String, Object> body = new HashMap<>();
        body.put("description", "Paint a crossing by school no. 5 " + UUID.randomUUID().toString().substring(0, 8));
        body.put("responsible", "HUKUMAT");
        body.put("agreedOn", "2021-09-12");
        body.put("dueOn", "2021-10-15");
        return body;
    }

    static Response agree(String groupId, String issueId, Map<String, Object> action) {
        return as("coordinator").body(action).post("/groups/{id}/issues/{issueId}/actions", groupId, issueId);
    }

    /** Agrees {@link #action()} and returns the action's id. */
    static String agreeAction(String groupId, String issueId) {
        return agree(groupId, issueId, action()).then().statusCode(201).extract().path("id");
    }

    static Response complete(String groupId, String issueId, String actionId, Map<String, Object> completion) {
        return as("coordinator").body(completion)
                .post("/groups/{id}/issues/{issueId}/actions/{actionId}/completion", groupId, issueId, actionId);
    }

    static Map<String, Object> completion(String completedOn) {
        return Map.of("completedOn", completedOn, "note", "Done by the hukumat's roads department "
                + UUID.randomUUID().toString().substring(0, 8));
    }

    static Response followUp(String groupId, String issueId, Map<String, Object> followUp) {
        return as("coordinator").body(followUp).post("/groups/{id}/issues/{issueId}/follow-ups", groupId, issueId);
    }

    static Map<String, Object> followUp(String heldOn) {
        return Map.of("heldOn", heldOn, "note", "Visited the school with the head teacher "
                + UUID.randomUUID().toString().substring(0, 8));
    }

    static Response reopen(String groupId, String issueId, Map<String, Object> reopening) {
        return as("coordinator").body(reopening).post("/groups/{id}/issues/{issueId}/reopening", groupId, issueId);
    }

    static Map<String, Object> reopening(String reopenedOn) {
        return Map.of("reopenedOn", reopenedOn, "reason", "Two children hit at the crossing again "
                + UUID.randomUUID().toString().substring(0, 8));
    }

    static Response dissolve(String groupId, String dissolvedOn) {
        return as("coordinator").body(Map.of("dissolvedOn", dissolvedOn)).post("/groups/{id}/dissolution", groupId);
    }
}
