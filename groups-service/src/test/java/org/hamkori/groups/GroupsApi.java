package org.hamkori.groups;

import io.restassured.response.Response;
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
import org.hamkori.testkit.AuthorizationMatrix;
import org.hamkori.testkit.ConsumerLag;
import org.hamkori.testkit.ServiceApi;
import org.hamkori.testkit.TestEvents;

/**
 * Test driver of groups-service's HTTP API. Centres become known to the service the only way they can:
 * as events on centers.events, written here as centers-service would write them.
 */
final class GroupsApi extends ServiceApi {

    static final String FORMED_ON = "2021-07-15";
    private static final Duration REPLICA_CATCH_UP = Duration.ofSeconds(60);
    private static String sharedCenter;

    private GroupsApi() {
    }

    /** Publishes what centers-service publishes for a centre in Qubodiyon registered and opened; sequences 0, 1. */
    static UUID publishOpenedCenter() {
        UUID id = UUID.randomUUID();
        publishOpenedCenter(id);
        return id;
    }

    /** Its registration, then its opening. */
    static void publishOpenedCenter(UUID id) {
        publishOpenedCenter(id, "KHATLON", "KHATLON.QUBODIYON");
    }

    /** A centre in {@code districtCode} registered and opened. */
    static void publishOpenedCenter(UUID id, String regionCode, String districtCode) {
        try (TestEvents events = new TestEvents()) {
            events.send(new CenterRegistered(id, "G-" + id.toString().substring(0, 8).toUpperCase(),
                    "Qubodiyon police–public interaction centre", regionCode, districtCode, "Qubodiyon",
                    new BigDecimal("37.3372"), new BigDecimal("68.1669"), ConstructionType.NEW_BUILD,
                    List.of("US_EMBASSY"), 6), 0);
            events.send(new CenterOpened(id, LocalDate.parse("2021-06-21"), regionCode, districtCode,
                    ConstructionType.NEW_BUILD, List.of("US_EMBASSY")), 1);
        }
    }

    /** An open centre in {@code districtCode} known to the service. */
    static String openCenterIn(String regionCode, String districtCode) {
        UUID id = UUID.randomUUID();
        publishOpenedCenter(id, regionCode, districtCode);
        awaitReplicaCaughtUp();
        return id.toString();
    }

    /**
     * A group at {@code center} with every part an operation names: a current member, a meeting whose first issue
     * is in progress with an action not yet completed, and a follow-up of it.
     */
    static Map<String, String> groupWithEveryPart(String center, String region) {
        String group = form(groupAt(center)).then().statusCode(201).extract().path("id");
        String member = join(group, policeOfficer());
        String meeting = hold(group, meetingWithTwoIssues()).then().statusCode(201).extract().path("id");
        String issue = as("coordinator").get("/groups/{id}/meetings/{meeting}", group, meeting).then()
                .statusCode(200).extract().path("issuesRaised[0].id");
        String action = agreeAction(group, issue);
        String followUp = followUp(group, issue, followUp("2021-10-05")).then().statusCode(201).extract().path("id");
        return Map.of("center", center, "region", region, "group", group, "member", member, "meeting", meeting,
                "issue", issue, "action", action, "followUp", followUp, "deadLetter", "0");
    }

    /** A valid request for every write on the fixtures of {@link #groupWithEveryPart}, each preparing what it needs. */
    static AuthorizationMatrix.WriteRequests writeRequests() {
        return new AuthorizationMatrix.WriteRequests()
                .with("POST /groups", fixtures -> groupAt(fixtures.get("center")))
                .with("POST /groups/{group}/members", fixtures -> policeOfficer())
                .with("POST /groups/{group}/members/{member}/departure", fixtures -> Map.of("leftOn", "2022-03-01"))
                .with("POST /groups/{group}/meetings", fixtures -> meetingWithTwoIssues())
                .with("POST /groups/{group}/issues/{issue}/resolution", fixtures -> resolution("RESOLVED"))
                .with("POST /groups/{group}/issues/{issue}/reopening", fixtures -> {
                    // resolved already when the walk resolved it just before
                    resolve(fixtures.get("group"), fixtures.get("issue"), resolution("RESOLVED"));
                    return reopening("2022-01-10");
                })
                .with("POST /groups/{group}/issues/{issue}/actions", fixtures -> action())
                .with("POST /groups/{group}/issues/{issue}/actions/{action}/completion",
                        fixtures -> completion("2021-10-01"))
                .with("POST /groups/{group}/issues/{issue}/follow-ups", fixtures -> followUp("2021-10-06"))
                .with("POST /groups/{group}/dissolution", fixtures -> Map.of("dissolvedOn", "2023-06-01"))
                .notAudited("POST /admin/dead-letters/{deadLetter}/redrive", "it sends a dead-lettered record back to"
                        + " its topic and changes no group; the record keeps the count, time and outcome of its"
                        + " re-drives");
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
        String tag = uniqueTag();
        Map<String, Object> body = member(tag, "Rustam Nazarov", "MALE", "POLICE_OFFICER", "+992 93 ");
        body.put("rank", "Major " + tag);
        body.put("affiliation", "Qubodiyon district police " + tag);
        return body;
    }

    static Map<String, Object> communityRepresentative() {
        String tag = uniqueTag();
        Map<String, Object> body = member(tag, "Malika Karimova", "FEMALE", "COMMUNITY_REPRESENTATIVE", "+992 91 ");
        body.put("affiliation", "Mahalla committee " + tag);
        return body;
    }

    private static String uniqueTag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A member joining on 2021-07-20, whose name and phone end in {@code tag}'s. */
    private static Map<String, Object> member(String tag, String name, String sex, String role, String phonePrefix) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", name + " " + tag);
        body.put("sex", sex);
        body.put("role", role);
        body.put("phone", phonePrefix + Math.abs(tag.hashCode() % 10_000_000));
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
