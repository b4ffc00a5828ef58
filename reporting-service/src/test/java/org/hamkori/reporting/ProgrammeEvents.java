package org.hamkori.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hamkori.contract.DomainEvent;
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
import org.hamkori.contract.groups.SafetyIssueActionAgreed;
import org.hamkori.contract.groups.SafetyIssueActionCompleted;
import org.hamkori.contract.groups.SafetyIssueFollowedUp;
import org.hamkori.contract.groups.SafetyIssueReopened;
import org.hamkori.contract.groups.SafetyIssueResolved;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.training.AgeBand;
import org.hamkori.contract.training.CertificateRevoked;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.contract.training.TraineeCertified;
import org.hamkori.contract.training.TrainingSessionCompleted;
import org.hamkori.contract.training.TrainingSessionScheduled;
import org.hamkori.contract.fixtures.GoldenFixtures;
import org.hamkori.testkit.TestEvents;

/**
 * Groups' and training's events written straight to their topics as those services would publish them: the
 * golden fixtures' payloads with fresh ids, places and dates, each aggregate's {@code ce_sequence} counting up.
 */
final class ProgrammeEvents implements AutoCloseable {

    private final TestEvents events = new TestEvents();
    private final Map<UUID, Long> sequences = new HashMap<>();
    private UUID lastCeId;

    /** Publishes with the aggregate's next sequence; returns the ce_id. */
    UUID send(DomainEvent event) {
        lastCeId = events.send(event, sequences.merge(event.subjectId(), 1L, Long::sum));
        return lastCeId;
    }

    /** The ce_id of the last event sent with {@link #send(DomainEvent)}. */
    UUID lastCeId() {
        return lastCeId;
    }

    void send(UUID ceId, DomainEvent event, long sequence) {
        events.send(ceId, event, sequence);
    }

    TestEvents raw() {
        return events;
    }

    UUID formGroup(District district, LocalDate formedOn) {
        GroupFormed fixture = GoldenFixtures.event(GroupFormed.class);
        UUID group = UUID.randomUUID();
        send(new GroupFormed(group, UUID.randomUUID(), district.regionCode(), district.code(), formedOn,
                fixture.facilitatingPartner()));
        return group;
    }

    UUID join(UUID group, MemberRole role, Sex sex, LocalDate joinedOn) {
        UUID member = UUID.randomUUID();
        send(new GroupMemberJoined(group, member, role, sex, joinedOn));
        return member;
    }

    /**
     * Forms a group that a police officer (a woman) and a community representative (a man) join on {@code formedOn},
     * and a community representative (a woman) who joins that day too and leaves on {@code leftOn}.
     */
    UUID formGroupWhoseThirdMemberLeaves(District district, LocalDate formedOn, LocalDate leftOn) {
        UUID group = formGroup(district, formedOn);
        join(group, MemberRole.POLICE_OFFICER, Sex.FEMALE, formedOn);
        join(group, MemberRole.COMMUNITY_REPRESENTATIVE, Sex.MALE, formedOn);
        leave(group, join(group, MemberRole.COMMUNITY_REPRESENTATIVE, Sex.FEMALE, formedOn), leftOn);
        return group;
    }

    void leave(UUID group, UUID member, LocalDate leftOn) {
        send(new GroupMemberLeft(group, member, leftOn));
    }

    /** Holds a meeting raising {@code issues} issues; returns their ids. */
    List<UUID> holdMeeting(UUID group, LocalDate heldOn, MeetingParticipants participants, int issues) {
        return holdMeeting(group, heldOn, participants, IntStream.range(0, issues)
                .mapToObj(i -> IssueCategory.values()[i % IssueCategory.values().length]).toList());
    }

    /** Holds a meeting raising an issue of each category given; returns their ids. */
    List<UUID> holdMeeting(UUID group, LocalDate heldOn, MeetingParticipants participants,
            List<IssueCategory> categories) {
        List<RaisedIssue> raised = categories.stream().map(c -> new RaisedIssue(UUID.randomUUID(), c)).toList();
        send(new GroupMeetingHeld(group, UUID.randomUUID(), heldOn, participants, raised));
        return raised.stream().map(RaisedIssue::issueId).toList();
    }

    void resolve(UUID group, UUID issue, IssueStatus status, LocalDate resolvedOn) {
        send(new SafetyIssueResolved(group, issue, IssueCategory.OTHER, resolvedOn, status));
    }

    /** Agrees an action on the issue; returns the action's id. */
    UUID agreeAction(UUID group, UUID issue, LocalDate agreedOn, LocalDate dueOn) {
        SafetyIssueActionAgreed fixture = GoldenFixtures.event(SafetyIssueActionAgreed.class);
        UUID action = UUID.randomUUID();
        send(new SafetyIssueActionAgreed(group, issue, action, fixture.category(), fixture.responsible(), agreedOn,
                dueOn));
        return action;
    }

    void completeAction(UUID group, UUID issue, UUID action, LocalDate completedOn) {
        send(new SafetyIssueActionCompleted(group, issue, action, completedOn));
    }

    void followUp(UUID group, UUID issue, LocalDate followedUpOn) {
        send(new SafetyIssueFollowedUp(group, issue, followedUpOn));
    }

    void reopen(UUID group, UUID issue, LocalDate reopenedOn) {
        send(new SafetyIssueReopened(group, issue, IssueCategory.OTHER, reopenedOn));
    }

    void dissolve(UUID group, LocalDate dissolvedOn) {
        send(new GroupDissolved(group, dissolvedOn));
    }

    UUID scheduleSession(District district, String courseCode, String partnerCode) {
        TrainingSessionScheduled fixture = GoldenFixtures.event(TrainingSessionScheduled.class);
        UUID session = UUID.randomUUID();
        send(new TrainingSessionScheduled(session, courseCode, fixture.topics(), fixture.startsOn(), fixture.endsOn(),
                null, district.regionCode(), district.code(), partnerCode, fixture.capacity()));
        return session;
    }

    void completeSession(UUID session, LocalDate completedOn, int enrolled, int passed) {
        send(new TrainingSessionCompleted(session, completedOn, enrolled, passed));
    }

    /** The certificate's id. */
    UUID certify(Certification c) {
        UUID certificate = UUID.randomUUID();
        send(c.event(certificate));
        return certificate;
    }

    void revoke(UUID certificate, LocalDate revokedOn) {
        send(new CertificateRevoked(certificate, "HMK-" + certificate.toString().substring(0, 4).toUpperCase(),
                UUID.randomUUID(), revokedOn, "Issued in error"));
    }

    /** What a certification counts under in the reports. */
    record Certification(District district, String courseCode, String partnerCode, TraineeCategory category, Sex sex,
            AgeBand ageBand, LocalDate certifiedOn) {

        TraineeCertified event(UUID certificate) {
            TraineeCertified fixture = GoldenFixtures.event(TraineeCertified.class);
            return new TraineeCertified(certificate, "HMK-" + certificate.toString().substring(0, 9).toUpperCase(),
                    UUID.randomUUID(), UUID.randomUUID(), courseCode, fixture.topics(), category, sex, ageBand,
                    district.regionCode(), district.code(), partnerCode, certifiedOn);
        }
    }

    @Override
    public void close() {
        events.close();
    }
}
