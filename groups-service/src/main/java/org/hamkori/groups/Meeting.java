package org.hamkori.groups;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.groups.MeetingParticipants;
import org.hamkori.contract.groups.RaisedIssue;

/** A meeting of a group: who took part (counts only) and the safety issues it raised. */
@Entity
@Table(name = "group_meeting")
public class Meeting {

    @Id
    public UUID id;
    public UUID groupId;
    public LocalDate heldOn;
    public int female;
    public int male;
    public int police;
    public int community;
    public Instant recordedAt;
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<SafetyIssue> issuesRaised = new ArrayList<>();

    public static Meeting of(Group group, LocalDate heldOn, MeetingParticipants participants,
            List<IssueReport> issues) {
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.groupId = group.id;
        meeting.heldOn = heldOn;
        meeting.female = participants.female();
        meeting.male = participants.male();
        meeting.police = participants.police();
        meeting.community = participants.community();
        meeting.recordedAt = Instant.now();
        for (IssueReport issue : issues) {
            meeting.issuesRaised.add(SafetyIssue.raised(group, meeting, meeting.issuesRaised.size(), issue));
        }
        return meeting;
    }

    public MeetingParticipants participants() {
        return new MeetingParticipants(female, male, police, community);
    }

    List<RaisedIssue> raisedIssues() {
        return issuesRaised.stream().map(issue -> new RaisedIssue(issue.id, issue.category)).toList();
    }
}
