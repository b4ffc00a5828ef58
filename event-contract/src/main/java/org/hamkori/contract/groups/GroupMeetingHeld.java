package org.hamkori.contract.groups;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.DomainEvent;

public record GroupMeetingHeld(UUID groupId, UUID meetingId, LocalDate heldOn, MeetingParticipants participants,
        List<RaisedIssue> issuesRaised) implements DomainEvent {
    @Override
    public UUID subjectId() {
        return groupId;
    }
}
