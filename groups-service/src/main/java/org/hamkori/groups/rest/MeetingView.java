package org.hamkori.groups.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.groups.MeetingParticipants;
import org.hamkori.groups.Meeting;

/** A meeting as the API shows it, with the issues it raised in the order they were reported. */
public record MeetingView(UUID id, UUID groupId, LocalDate heldOn, MeetingParticipants participants,
        List<IssueView> issuesRaised) {

    static MeetingView of(Meeting m, boolean withPersonalData) {
        return new MeetingView(m.id, m.groupId, m.heldOn, m.participants(),
                m.issuesRaised.stream().map(issue -> IssueView.of(issue, withPersonalData)).toList());
    }
}
