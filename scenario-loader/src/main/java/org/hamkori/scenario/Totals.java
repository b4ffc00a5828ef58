package org.hamkori.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * What a scenario adds to the figures of {@code /reports/overview} (SPEC §7), per district, per partner and overall,
 * named by their path in the overview ({@code groups.members.female}). Members and certified people are current: those
 * who left, the members of a dissolved group and revoked certificates do not count. A partner's figures are those of
 * the records attributed to it as reporting-service attributes them: a centre to its funding partners and those of
 * its completed renovation, a group (its members, meetings and issues) to its facilitating partner, a session and its
 * certificates to its partner.
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
    private final Map<String, Map<String, Long>> byPartner = new TreeMap<>();

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

    /** Every figure of every partner a record of the scenario is attributed to, zeros included. */
    public Map<String, Map<String, Long>> byPartner() {
        return Collections.unmodifiableMap(byPartner);
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
        Set<String> partners = new TreeSet<>(center.fundingPartners());
        if (center.renovation() != null && center.renovation().completedOn() != null) {
            partners.addAll(center.renovation().fundingPartners());
        }
        List<Map<String, Long>> figures = in(center.district().code(), partners);
        add(figures, "centers.total", true);
        add(figures, "centers.open", center.endsOpen());
        add(figures, "centers.underRenovation", !center.endsOpen());
        add(figures, "centers.newBuild", center.constructionType() == ConstructionType.NEW_BUILD);
        add(figures, "centers.renovated", center.constructionType() == ConstructionType.RENOVATION);
        add(figures, "centers.renovationsCompleted",
                center.renovation() != null && center.renovation().completedOn() != null);
    }

    private void count(Group group) {
        List<Map<String, Long>> figures = in(group.center().district().code(), Set.of(group.facilitatingPartner()));
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
            add(figures, "meetings.participants", meeting.participants());
            for (Issue issue : meeting.issues()) {
                add(figures, "issues.raised", true);
                add(figures, "issues.resolved", issue.finalStatus() == IssueStatus.RESOLVED);
                add(figures, "issues.referred", issue.finalStatus() == IssueStatus.REFERRED);
            }
        }
    }

    private void count(Session session) {
        List<Map<String, Long>> figures = in(session.center().district().code(), Set.of(session.partnerCode()));
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

    /** The figures a record of {@code districtCode} attributed to {@code partners} counts in. */
    private List<Map<String, Long>> in(String districtCode, Set<String> partners) {
        List<Map<String, Long>> figures = new ArrayList<>();
        figures.add(byDistrict.computeIfAbsent(districtCode, d -> zeros()));
        partners.forEach(partner -> figures.add(byPartner.computeIfAbsent(partner, p -> zeros())));
        return figures;
    }

    private static Map<String, Long> zeros() {
        Map<String, Long> zeros = new LinkedHashMap<>();
        FIGURES.forEach(figure -> zeros.put(figure, 0L));
        return zeros;
    }

    private static void add(List<Map<String, Long>> figures, String figure, boolean counts) {
        if (counts) {
            add(figures, figure, 1);
        }
    }

    private static void add(List<Map<String, Long>> figures, String figure, long value) {
        figures.forEach(each -> each.merge(figure, value, Long::sum));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Totals totals && byDistrict.equals(totals.byDistrict)
                && byPartner.equals(totals.byPartner);
    }

    @Override
    public int hashCode() {
        return 31 * byDistrict.hashCode() + byPartner.hashCode();
    }

    @Override
    public String toString() {
        return overall().toString();
    }
}
