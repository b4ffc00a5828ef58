package org.hamkori.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hamkori.contract.Sex;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.MemberRole;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.scenario.Scenario.Center;
import org.hamkori.scenario.Scenario.Group;
import org.hamkori.scenario.Scenario.Issue;
import org.hamkori.scenario.Scenario.Meeting;
import org.hamkori.scenario.Scenario.Member;
import org.hamkori.scenario.Scenario.Session;
import org.hamkori.scenario.Scenario.Trainee;

/**
 * What a scenario adds to the figures of {@code /reports/overview} (SPEC §7), per district and overall, named by
 * their path in the overview ({@code groups.members.female}). Members and certified people are current: those who
 * left, the members of a dissolved group and revoked certificates do not count.
 */
public final class Totals {

    /** Every figure of the overview, in its order. */
    public static final List<String> FIGURES = List.of(
            "centers.total", "centers.open", "centers.underRenovation", "centers.closed", "centers.newBuild",
            "centers.renovated", "centers.renovationsCompleted",
            "groups.active", "groups.dissolved", "groups.members.total", "groups.members.police",
            "groups.members.community", "groups.members.female", "groups.members.male",
            "meetings.held", "meetings.participants",
            "issues.raised", "issues.resolved", "issues.referred",
            "training.sessionsCompleted", "training.certified", "training.police", "training.citizens",
            "training.female", "training.male");

    private final Map<String, Map<String, Long>> byDistrict = new TreeMap<>();

    private Totals() {
    }

    public static Totals of(Scenario scenario) {
        Totals totals = new Totals();
        scenario.centers().forEach(totals::count);
        scenario.groups().forEach(totals::count);
        scenario.sessions().forEach(totals::count);
        return totals;
    }

    /** Every figure of every district the scenario touches, zeros included. */
    public Map<String, Map<String, Long>> byDistrict() {
        return Collections.unmodifiableMap(byDistrict);
    }

    /** Every figure, summed over the districts. */
    public Map<String, Long> overall() {
        Map<String, Long> overall = zeros();
        byDistrict.values().forEach(figures -> figures.forEach((figure, value) -> overall.merge(figure, value, Long::sum)));
        return overall;
    }

    /** The overall figures in the shape of {@code /reports/overview}. */
    public ObjectNode toJson(ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        overall().forEach((path, value) -> {
            String[] names = path.split("\\.");
            ObjectNode section = root;
            for (int i = 0; i < names.length - 1; i++) {
                section = section.has(names[i]) ? (ObjectNode) section.get(names[i]) : section.putObject(names[i]);
            }
            section.put(names[names.length - 1], value);
        });
        return root;
    }

    private void count(Center center) {
        Map<String, Long> figures = in(center.district().code());
        add(figures, "centers.total", true);
        add(figures, "centers.open", center.endsOpen());
        add(figures, "centers.underRenovation", !center.endsOpen());
        add(figures, "centers.newBuild", center.constructionType() == ConstructionType.NEW_BUILD);
        add(figures, "centers.renovated", center.constructionType() == ConstructionType.RENOVATION);
        add(figures, "centers.renovationsCompleted",
                center.renovation() != null && center.renovation().completedOn() != null);
    }

    private void count(Group group) {
        Map<String, Long> figures = in(group.center().district().code());
        add(figures, "groups.active", group.active());
        add(figures, "groups.dissolved", !group.active());
        for (Member member : group.members()) {
            if (group.active() && member.leftOn() == null) {
                add(figures, "groups.members.total", true);
                add(figures, "groups.members.police", member.role() == MemberRole.POLICE_OFFICER);
                add(figures, "groups.members.community", member.role() == MemberRole.COMMUNITY_REPRESENTATIVE);
                add(figures, "groups.members.female", member.sex() == Sex.FEMALE);
                add(figures, "groups.members.male", member.sex() == Sex.MALE);
            }
        }
        for (Meeting meeting : group.meetings()) {
            add(figures, "meetings.held", true);
            figures.merge("meetings.participants", (long) meeting.participants(), Long::sum);
            for (Issue issue : meeting.issues()) {
                add(figures, "issues.raised", true);
                add(figures, "issues.resolved", issue.finalStatus() == IssueStatus.RESOLVED);
                add(figures, "issues.referred", issue.finalStatus() == IssueStatus.REFERRED);
            }
        }
    }

    private void count(Session session) {
        Map<String, Long> figures = in(session.center().district().code());
        add(figures, "training.sessionsCompleted", true);
        for (Trainee trainee : session.trainees()) {
            if (session.course().passes(trainee.attendedHours(), trainee.score()) && trainee.revocation() == null) {
                add(figures, "training.certified", true);
                add(figures, "training.police", trainee.category() == TraineeCategory.POLICE_OFFICER);
                add(figures, "training.citizens", trainee.category() == TraineeCategory.CITIZEN);
                add(figures, "training.female", trainee.sex() == Sex.FEMALE);
                add(figures, "training.male", trainee.sex() == Sex.MALE);
            }
        }
    }

    private Map<String, Long> in(String districtCode) {
        return byDistrict.computeIfAbsent(districtCode, d -> zeros());
    }

    private static Map<String, Long> zeros() {
        Map<String, Long> zeros = new LinkedHashMap<>();
        FIGURES.forEach(figure -> zeros.put(figure, 0L));
        return zeros;
    }

    private static void add(Map<String, Long> figures, String figure, boolean counts) {
        if (counts) {
            figures.merge(figure, 1L, Long::sum);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Totals totals && byDistrict.equals(totals.byDistrict);
    }

    @Override
    public int hashCode() {
        return byDistrict.hashCode();
    }

    @Override
    public String toString() {
        return overall().toString();
    }
}
