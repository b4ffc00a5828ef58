package org.hamkori.contract;

import java.util.Arrays;
import java.util.Optional;
import org.hamkori.contract.centers.CenterClosed;
import org.hamkori.contract.centers.CenterDetailsChanged;
import org.hamkori.contract.centers.CenterOpened;
import org.hamkori.contract.centers.CenterRegistered;
import org.hamkori.contract.centers.CenterRenovated;
import org.hamkori.contract.centers.CenterRenovationStarted;
import org.hamkori.contract.groups.GroupDissolved;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.contract.groups.GroupMeetingHeld;
import org.hamkori.contract.groups.GroupMemberJoined;
import org.hamkori.contract.groups.GroupMemberLeft;
import org.hamkori.contract.groups.SafetyIssueActionAgreed;
import org.hamkori.contract.groups.SafetyIssueActionCompleted;
import org.hamkori.contract.groups.SafetyIssueFollowedUp;
import org.hamkori.contract.groups.SafetyIssueReopened;
import org.hamkori.contract.groups.SafetyIssueResolved;
import org.hamkori.contract.training.CertificateRevoked;
import org.hamkori.contract.training.TraineeCertified;
import org.hamkori.contract.training.TrainingSessionCompleted;
import org.hamkori.contract.training.TrainingSessionScheduled;

/** The catalogue of SPEC §8: every event, its context and its record. */
public enum EventType {
    CENTER_REGISTERED(BoundedContext.CENTERS, CenterRegistered.class),
    CENTER_DETAILS_CHANGED(BoundedContext.CENTERS, CenterDetailsChanged.class),
    CENTER_OPENED(BoundedContext.CENTERS, CenterOpened.class),
    CENTER_RENOVATION_STARTED(BoundedContext.CENTERS, CenterRenovationStarted.class),
    CENTER_RENOVATED(BoundedContext.CENTERS, CenterRenovated.class),
    CENTER_CLOSED(BoundedContext.CENTERS, CenterClosed.class),
    GROUP_FORMED(BoundedContext.GROUPS, GroupFormed.class),
    GROUP_MEMBER_JOINED(BoundedContext.GROUPS, GroupMemberJoined.class),
    GROUP_MEMBER_LEFT(BoundedContext.GROUPS, GroupMemberLeft.class),
    GROUP_MEETING_HELD(BoundedContext.GROUPS, GroupMeetingHeld.class),
    SAFETY_ISSUE_RESOLVED(BoundedContext.GROUPS, SafetyIssueResolved.class),
    GROUP_DISSOLVED(BoundedContext.GROUPS, GroupDissolved.class),
    TRAINING_SESSION_SCHEDULED(BoundedContext.TRAINING, TrainingSessionScheduled.class),
    TRAINING_SESSION_COMPLETED(BoundedContext.TRAINING, TrainingSessionCompleted.class),
    TRAINEE_CERTIFIED(BoundedContext.TRAINING, TraineeCertified.class),
    CERTIFICATE_REVOKED(BoundedContext.TRAINING, CertificateRevoked.class),
    SAFETY_ISSUE_ACTION_AGREED(BoundedContext.GROUPS, SafetyIssueActionAgreed.class),
    SAFETY_ISSUE_ACTION_COMPLETED(BoundedContext.GROUPS, SafetyIssueActionCompleted.class),
    SAFETY_ISSUE_FOLLOWED_UP(BoundedContext.GROUPS, SafetyIssueFollowedUp.class),
    SAFETY_ISSUE_REOPENED(BoundedContext.GROUPS, SafetyIssueReopened.class);

    private final BoundedContext context;
    private final Class<? extends DomainEvent> payloadType;

    EventType(BoundedContext context, Class<? extends DomainEvent> payloadType) {
        this.context = context;
        this.payloadType = payloadType;
    }

    public BoundedContext context() {
        return context;
    }

    public Class<? extends DomainEvent> payloadType() {
        return payloadType;
    }

    /** The event's name, e.g. {@code CenterOpened}. */
    public String eventName() {
        return payloadType.getSimpleName();
    }

    /** The CloudEvents type, e.g. {@code org.hamkori.centers.CenterOpened.v1}. */
    public String ceType() {
        return "org.hamkori." + context.code() + "." + eventName() + ".v1";
    }

    public static EventType of(Class<?> payloadType) {
        return Arrays.stream(values())
                .filter(t -> t.payloadType == payloadType)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not an event of the catalogue: " + payloadType));
    }

    public static Optional<EventType> byCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType().equals(ceType)).findFirst();
    }
}
