package org.hamkori.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.Sex;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.MemberRole;
import org.hamkori.contract.groups.ResponsibleParty;
import org.hamkori.scenario.Scenario.Action;
import org.hamkori.scenario.Scenario.FollowUp;
import org.hamkori.scenario.Scenario.Group;
import org.hamkori.scenario.Scenario.Issue;
import org.hamkori.scenario.Scenario.Meeting;
import org.hamkori.scenario.Scenario.Member;

/**
 * Forms the groups through groups-service, once it has learnt from centers.events that their centres are open,
 * then adds their members, meetings (with the issues raised) and the issues' follow-up (actions, follow-up meetings,
 * resolutions, reopenings), and dissolves the group that was
 * dissolved. One group's changes go one after another; groups load side by side. What an earlier run already
 * did is read back rather than done again.
 */
record GroupsLoading(Scenario scenario, Api groups, LoadedCenters centers) {

    record GroupForm(String name, UUID centerId, LocalDate formedOn, String facilitatingPartner) {
    }

    record MemberForm(String fullName, Sex sex, MemberRole role, String rank, String affiliation, String phone,
            LocalDate joinedOn) {
    }

    record Departure(LocalDate leftOn) {
    }

    record Participants(int female, int male, int police, int community) {
    }

    record RaisedIssue(IssueCategory category, String description) {
    }

    record MeetingForm(LocalDate heldOn, Participants participants, List<RaisedIssue> issuesRaised) {
    }

    record ResolutionForm(LocalDate resolvedOn, String outcome, IssueStatus status) {
    }

    record ActionForm(String description, ResponsibleParty responsible, LocalDate agreedOn, LocalDate dueOn) {
    }

    record CompletionForm(LocalDate completedOn) {
    }

    record FollowUpForm(LocalDate heldOn, String note) {
    }

    record ReopeningForm(LocalDate reopenedOn, String reason) {
    }

    record Dissolution(LocalDate dissolvedOn) {
    }

    void load(Parallel parallel) {
        parallel.forEach("groups", scenario.groups(), this::load);
    }

    private void load(Group group) {
        String key = "group-" + group.number();
        Api.Created formed = groups.createOnceKnown("/groups", new GroupForm(group.name(),
                centers.idOf(group.center()), group.formedOn(), group.facilitatingPartner()),
                scenario.key(key), centers.knownBy());
        String path = "/groups/" + formed.id();
        if (formed.replayed() && "DISSOLVED".equals(groups.get(path).path("status").asText())) {
            return; // dissolution is a group's last change: everything before it is there
        }
        for (Member member : group.members()) {
            join(path, member, scenario.key(key + "-member-" + member.number()));
        }
        for (Meeting meeting : group.meetings()) {
            hold(path, meeting, key + "-meeting-" + meeting.number());
        }
        if (group.dissolvedOn() != null) {
            groups.change(path + "/dissolution", new Dissolution(group.dissolvedOn()));
        }
    }

    private void join(String group, Member member, String key) {
        Api.Created joined = groups.create(group + "/members", new MemberForm(member.fullName(), member.sex(),
                member.role(), member.rank(), member.affiliation(), member.phone(), member.joinedOn()), key);
        if (member.leftOn() == null) {
            return;
        }
        String path = group + "/members/" + joined.id();
        JsonNode now = joined.replayed() ? groups.get(path) : joined.body();
        if (now.path("leftOn").isNull() || now.path("leftOn").isMissingNode()) {
            groups.change(path + "/departure", new Departure(member.leftOn()));
        }
    }

    /** {@code name} names the meeting among the scenario's keys; its issues' steps are named after it. */
    private void hold(String group, Meeting meeting, String name) {
        Api.Created held = groups.create(group + "/meetings", new MeetingForm(meeting.heldOn(),
                new Participants(meeting.female(), meeting.male(), meeting.police(), meeting.community()),
                meeting.issues().stream().map(i -> new RaisedIssue(i.category(), i.description())).toList()),
                scenario.key(name));
        JsonNode raised = held.body().path("issuesRaised");
        for (int i = 0; i < meeting.issues().size(); i++) {
            String path = group + "/issues/" + raised.path(i).path("id").asText();
            JsonNode now = held.replayed() ? groups.get(path) : raised.path(i);
            followUp(path, meeting.issues().get(i), now, name + "-issue-" + (i + 1));
        }
    }

    /**
     * The issue's actions, follow-ups, resolution and reopening in the order they happened; {@code now} is the issue
     * as groups-service holds it, so that a step an earlier run made is not made again (creates are idempotent by
     * their keys; a resolution or reopening is made only while the issue is not yet in the state it leads to).
     */
    private void followUp(String path, Issue issue, JsonNode now, String name) {
        boolean reopened = !now.path("reopenings").isEmpty();
        boolean resolved = reopened || IssueStatus.RESOLVED.name().equals(now.path("status").asText())
                || IssueStatus.REFERRED.name().equals(now.path("status").asText());
        LocalDate reopenedOn = issue.reopening() == null ? null : issue.reopening().reopenedOn();
        List<Action> actions = issue.actions();
        for (int a = 0; a < actions.size(); a++) {
            if (reopenedOn == null || actions.get(a).agreedOn().isBefore(reopenedOn)) {
                act(path, actions.get(a), scenario.key(name + "-action-" + (a + 1)));
            }
        }
        for (int f = 0; f < issue.followUps().size(); f++) {
            FollowUp followUp = issue.followUps().get(f);
            groups.create(path + "/follow-ups", new FollowUpForm(followUp.heldOn(), followUp.note()),
                    scenario.key(name + "-follow-up-" + (f + 1)));
        }
        if (issue.resolution() != null && !resolved) {
            groups.change(path + "/resolution", new ResolutionForm(issue.resolution().resolvedOn(),
                    issue.resolution().outcome(), issue.resolution().status()));
        }
        if (issue.reopening() != null && !reopened) {
            groups.change(path + "/reopening", new ReopeningForm(reopenedOn, issue.reopening().reason()));
        }
        for (int a = 0; a < actions.size(); a++) {
            if (reopenedOn != null && !actions.get(a).agreedOn().isBefore(reopenedOn)) {
                act(path, actions.get(a), scenario.key(name + "-action-" + (a + 1)));
            }
        }
    }

    private void act(String issue, Action action, String key) {
        Api.Created agreed = groups.create(issue + "/actions", new ActionForm(action.description(),
                action.responsible(), action.agreedOn(), action.dueOn()), key);
        if (action.completedOn() == null) {
            return;
        }
        String path = issue + "/actions/" + agreed.body().path("id").asText();
        JsonNode now = agreed.replayed() ? groups.get(path) : agreed.body();
        if (now.path("completedOn").isNull() || now.path("completedOn").isMissingNode()) {
            groups.change(path + "/completion", new CompletionForm(action.completedOn()));
        }
    }
}
