package org.hamkori.groups;

import static org.hamkori.groups.GroupsApi.as;
import static org.hamkori.groups.GroupsApi.communityRepresentative;
import static org.hamkori.groups.GroupsApi.dissolve;
import static org.hamkori.groups.GroupsApi.formGroup;
import static org.hamkori.groups.GroupsApi.hold;
import static org.hamkori.groups.GroupsApi.join;
import static org.hamkori.groups.GroupsApi.meeting;
import static org.hamkori.groups.GroupsApi.meetingWithTwoIssues;
import static org.hamkori.groups.GroupsApi.openCenter;
import static org.hamkori.groups.GroupsApi.participants;
import static org.hamkori.groups.GroupsApi.policeOfficer;
import static org.hamkori.groups.GroupsApi.resolution;
import static org.hamkori.groups.GroupsApi.resolve;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.hamkori.contract.DomainEvent;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.EventType;
import org.hamkori.contract.Sex;
import org.hamkori.contract.groups.GroupDissolved;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.contract.groups.GroupMeetingHeld;
import org.hamkori.contract.groups.GroupMemberJoined;
import org.hamkori.contract.groups.GroupMemberLeft;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.MeetingParticipants;
import org.hamkori.contract.groups.MemberRole;
import org.hamkori.contract.groups.RaisedIssue;
import org.hamkori.contract.groups.ResponsibleParty;
import org.hamkori.contract.groups.SafetyIssueActionAgreed;
import org.hamkori.contract.groups.SafetyIssueActionCompleted;
import org.hamkori.contract.groups.SafetyIssueFollowedUp;
import org.hamkori.contract.groups.SafetyIssueReopened;
import org.hamkori.contract.groups.SafetyIssueResolved;
import org.hamkori.contract.fixtures.GoldenFixtures;
import org.hamkori.testkit.ContractAssertions;
import org.hamkori.testkit.PublishedEvents;
import org.hamkori.testkit.PublishedEvents.Published;
import org.junit.jupiter.api.Test;

/** What partners receive on groups.events, read back from the real broker. */
@QuarkusTest
class GroupEventsContractTest {

    @Test
    void everyChangeToAGroupIsPublishedInOrderAsACloudEventKeyedByTheGroup() {
        String id = formGroup();
        String officer = join(id, policeOfficer());
        String representative = join(id, communityRepresentative());
        as("coordinator").body(Map.of("leftOn", "2023-02-28"))
                .post("/groups/{id}/members/{memberId}/departure", id, officer).then().statusCode(200);
        var meeting = hold(id, meetingWithTwoIssues()).then().statusCode(201).extract();
        List<String> issues = meeting.path("issuesRaised.id");
        resolve(id, issues.get(1), resolution("RESOLVED")).then().statusCode(200);
        resolve(id, issues.get(0), resolution("REFERRED")).then().statusCode(200);
        dissolve(id, "2024-06-30").then().statusCode(200);

        List<Published> records = PublishedEvents.awaitByKey("groups.events", UUID.fromString(id), 8);

        assertEquals(List.of(EventType.GROUP_FORMED, EventType.GROUP_MEMBER_JOINED, EventType.GROUP_MEMBER_JOINED,
                        EventType.GROUP_MEMBER_LEFT, EventType.GROUP_MEETING_HELD, EventType.SAFETY_ISSUE_RESOLVED,
                        EventType.SAFETY_ISSUE_RESOLVED, EventType.GROUP_DISSOLVED),
                records.stream().map(ContractAssertions::assertConformsToContract).toList());
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L), records.stream().map(ContractAssertions::sequence).toList());
        assertEquals(1, records.stream().map(Published::partition).distinct().count(), "one aggregate, one partition");
        assertEquals(8, records.stream().map(r -> r.header("ce_id")).distinct().count(), "ce_id unique per event");
        records.forEach(r -> assertEquals("/hamkori/groups-service", r.header("ce_source")));

        UUID group = UUID.fromString(id);
        assertEquals(new GroupFormed(group, UUID.fromString(openCenter()), "KHATLON", "KHATLON.QUBODIYON",
                LocalDate.parse(GroupsApi.FORMED_ON), "SAFERWORLD"), payload(records.get(0), GroupFormed.class));
        assertEquals(new GroupMemberJoined(group, UUID.fromString(officer), MemberRole.POLICE_OFFICER, Sex.MALE,
                LocalDate.parse("2021-07-20")), payload(records.get(1), GroupMemberJoined.class));
        assertEquals(new GroupMemberJoined(group, UUID.fromString(representative), MemberRole.COMMUNITY_REPRESENTATIVE,
                Sex.FEMALE, LocalDate.parse("2021-07-20")), payload(records.get(2), GroupMemberJoined.class));
        assertEquals(new GroupMemberLeft(group, UUID.fromString(officer), LocalDate.parse("2023-02-28")),
                payload(records.get(3), GroupMemberLeft.class));
        assertEquals(new GroupMeetingHeld(group, UUID.fromString(meeting.path("id")), LocalDate.parse("2021-09-10"),
                new MeetingParticipants(5, 9, 4, 10), List.of(
                        new RaisedIssue(UUID.fromString(issues.get(0)), IssueCategory.DOMESTIC_VIOLENCE),
                        new RaisedIssue(UUID.fromString(issues.get(1)), IssueCategory.ROAD_SAFETY))),
                payload(records.get(4), GroupMeetingHeld.class));
        assertEquals(new SafetyIssueResolved(group, UUID.fromString(issues.get(1)), IssueCategory.ROAD_SAFETY,
                LocalDate.parse("2021-11-02"), IssueStatus.RESOLVED), payload(records.get(5), SafetyIssueResolved.class));
        assertEquals(IssueStatus.REFERRED, payload(records.get(6), SafetyIssueResolved.class).status());
        assertEquals(new GroupDissolved(group, LocalDate.parse("2024-06-30")),
                payload(records.get(7), GroupDissolved.class));
    }

    @Test
    void theFollowUpOfAnIssueIsPublishedInOrderWithoutItsFreeText() {
        String id = formGroup();
        String issue = hold(id, meetingWithTwoIssues()).then().statusCode(201).extract().path("issuesRaised[1].id");
        Map<String, Object> action = GroupsApi.action();
        String actionId = GroupsApi.agree(id, issue, action).then().statusCode(201).extract().path("id");
        Map<String, Object> completion = GroupsApi.completion("2021-10-12");
        GroupsApi.complete(id, issue, actionId, completion).then().statusCode(200);
        Map<String, Object> followUp = GroupsApi.followUp("2021-10-20");
        GroupsApi.followUp(id, issue, followUp).then().statusCode(201);
        resolve(id, issue, resolution("RESOLVED")).then().statusCode(200);
        Map<String, Object> reopening = GroupsApi.reopening("2022-03-01");
        GroupsApi.reopen(id, issue, reopening).then().statusCode(200);

        List<Published> records = PublishedEvents.awaitByKey("groups.events", UUID.fromString(id), 7);

        assertEquals(List.of(EventType.GROUP_FORMED, EventType.GROUP_MEETING_HELD, EventType.SAFETY_ISSUE_ACTION_AGREED,
                        EventType.SAFETY_ISSUE_ACTION_COMPLETED, EventType.SAFETY_ISSUE_FOLLOWED_UP,
                        EventType.SAFETY_ISSUE_RESOLVED, EventType.SAFETY_ISSUE_REOPENED),
                records.stream().map(ContractAssertions::assertConformsToContract).toList());
        assertEquals(LongStream.range(0, 7).boxed().toList(), records.stream().map(ContractAssertions::sequence).toList());
        UUID group = UUID.fromString(id);
        UUID issueId = UUID.fromString(issue);
        assertEquals(new SafetyIssueActionAgreed(group, issueId, UUID.fromString(actionId), IssueCategory.ROAD_SAFETY,
                ResponsibleParty.HUKUMAT, LocalDate.parse("2021-09-12"), LocalDate.parse("2021-10-15")),
                payload(records.get(2), SafetyIssueActionAgreed.class));
        assertEquals(new SafetyIssueActionCompleted(group, issueId, UUID.fromString(actionId),
                LocalDate.parse("2021-10-12")), payload(records.get(3), SafetyIssueActionCompleted.class));
        assertEquals(new SafetyIssueFollowedUp(group, issueId, LocalDate.parse("2021-10-20")),
                payload(records.get(4), SafetyIssueFollowedUp.class));
        assertEquals(new SafetyIssueReopened(group, issueId, IssueCategory.ROAD_SAFETY, LocalDate.parse("2022-03-01")),
                payload(records.get(6), SafetyIssueReopened.class));

        List<String> freeText = List.of((String) action.get("description"), (String) completion.get("note"),
                (String) followUp.get("note"), (String) reopening.get("reason"));
        for (Published record : records) {
            String everything = record.key() + record.headers() + record.payload();
            freeText.forEach(text -> assertFalse(everything.contains(text),
                    () -> "record " + record.offset() + " carries " + text));
            for (String field : List.of("\"description\"", "\"note\"", "\"reason\"", "\"outcome\"")) {
                assertFalse(record.payload().contains(field), () -> "record " + record.offset() + " has a " + field);
            }
        }
    }

    @Test
    void eachGroupsSequenceCountsItsOwnChangesWhenGroupsChangeInterleaved() {
        String first = formGroup();
        String second = formGroup();
        join(first, policeOfficer());
        join(second, policeOfficer());
        hold(first, meeting("2021-08-01", participants(1, 1, 1, 1), List.of())).then().statusCode(201);
        join(second, communityRepresentative());
        dissolve(first, "2024-06-30").then().statusCode(200);

        for (var expected : Map.of(first, List.of("GroupFormed", "GroupMemberJoined", "GroupMeetingHeld",
                "GroupDissolved"), second, List.of("GroupFormed", "GroupMemberJoined", "GroupMemberJoined")).entrySet()) {
            List<Published> records = PublishedEvents.awaitByKey("groups.events", UUID.fromString(expected.getKey()),
                    expected.getValue().size());
            assertEquals(expected.getValue(), records.stream()
                    .map(r -> ContractAssertions.assertConformsToContract(r).eventName()).toList());
            List<Long> sequences = records.stream().map(ContractAssertions::sequence).toList();
            assertEquals(LongStream.range(0, expected.getValue().size()).boxed().toList(), sequences);
        }
    }

    @Test
    void concurrentChangesToOneGroupAllSucceedWithDistinctIncreasingSequences() throws Exception {
        String id = formGroup();
        int joins = 8;
        ExecutorService pool = Executors.newFixedThreadPool(joins);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < joins; i++) {
                statuses.add(pool.submit(() -> as("coordinator").body(policeOfficer())
                        .post("/groups/{id}/members", id).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(201, status.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdown();
        }

        as("coordinator").get("/groups/{id}", id).then().body("version", equalTo(joins))
                .body("currentMembers", equalTo(joins));
        List<Published> records = PublishedEvents.awaitByKey("groups.events", UUID.fromString(id), joins + 1);
        assertEquals(LongStream.rangeClosed(0, joins).boxed().toList(),
                records.stream().map(ContractAssertions::sequence).toList());
    }

    @Test
    void aRejectedChangePublishesNothing() {
        String id = formGroup();
        Map<String, Object> early = policeOfficer();
        early.put("joinedOn", "2021-01-01");
        as("coordinator").body(early).post("/groups/{id}/members", id).then().statusCode(409);
        hold(id, meeting("2021-08-01", participants(1, 2, 1, 1), List.of())).then().statusCode(400);
        as("coordinator").header("If-Match", "\"7\"").body(Map.of("dissolvedOn", "2024-06-30"))
                .post("/groups/{id}/dissolution", id).then().statusCode(412);
        dissolve(id, "2024-06-30").then().statusCode(200);

        List<Published> records = PublishedEvents.awaitByKey("groups.events", UUID.fromString(id), 2);
        assertEquals(List.of("org.hamkori.groups.GroupFormed.v1", "org.hamkori.groups.GroupDissolved.v1"),
                records.stream().map(r -> r.header("ce_type")).toList());
        assertEquals(List.of(0L, 1L), records.stream().map(ContractAssertions::sequence).toList());
    }

    @Test
    void noRecordOnTheTopicCarriesMembersPersonalData() {
        String id = formGroup();
        List<Map<String, Object>> members = List.of(policeOfficer(), communityRepresentative());
        List<String> memberIds = new ArrayList<>();
        members.forEach(member -> memberIds.add(join(id, member)));
        as("coordinator").body(Map.of("leftOn", "2023-02-28"))
                .post("/groups/{id}/members/{memberId}/departure", id, memberIds.get(0)).then().statusCode(200);
        List<String> issueDescriptions = hold(id, meetingWithTwoIssues()).then().statusCode(201)
                .extract().path("issuesRaised.description");
        PublishedEvents.awaitByKey("groups.events", UUID.fromString(id), 5);

        List<String> personalValues = members.stream()
                .flatMap(m -> Stream.of("fullName", "phone", "rank", "affiliation").map(m::get))
                .filter(Objects::nonNull).map(String::valueOf).toList();
        for (Published record : PublishedEvents.all("groups.events")) {
            String everything = record.key() + record.headers() + record.payload();
            for (String value : personalValues) {
                assertFalse(everything.contains(value), () -> "record at offset " + record.offset() + " carries " + value);
            }
            for (String description : issueDescriptions) {
                assertFalse(everything.contains(description), "issue descriptions stay in the service");
            }
            for (String field : List.of("\"fullName\"", "\"phone\"", "\"rank\"", "\"affiliation\"", "\"description\"")) {
                assertFalse(record.payload().contains(field), () -> "record " + record.offset() + " has a " + field);
            }
        }
    }

    @Test
    void theProducerWritesWhatTheGoldenFixturesSay() {
        for (Class<? extends DomainEvent> type : List.of(GroupFormed.class,
                GroupMemberJoined.class, GroupMemberLeft.class, GroupMeetingHeld.class, SafetyIssueResolved.class,
                GroupDissolved.class, SafetyIssueActionAgreed.class, SafetyIssueActionCompleted.class,
                SafetyIssueFollowedUp.class, SafetyIssueReopened.class)) {
            var fixture = GoldenFixtures.event(type);
            assertEquals(GoldenFixtures.tree(fixture.eventType()), EventJson.mapper().valueToTree(fixture));
        }
    }

    private static <T extends DomainEvent> T payload(Published record, Class<T> type) {
        return EventJson.read(record.payload().getBytes(StandardCharsets.UTF_8), type);
    }
}
