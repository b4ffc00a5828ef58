package org.hamkori.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hamkori.contract.groups.MemberRole;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.contract.training.TrainingTopic;
import org.hamkori.scenario.Scenario.Center;
import org.hamkori.scenario.Scenario.Group;
import org.hamkori.scenario.Scenario.Member;
import org.hamkori.scenario.Scenario.Session;
import org.hamkori.scenario.Scenario.Trainee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioGeneratorTest {

    private static final Scenario FULL = ScenarioGenerator.generate(LoaderOptions.DEFAULT_SEED, 1);

    @Test
    void theSameSeedAndScaleGiveTheSameScenario() {
        assertEquals(FULL, ScenarioGenerator.generate(LoaderOptions.DEFAULT_SEED, 1));
        assertEquals(ScenarioGenerator.generate(7, 0.1), ScenarioGenerator.generate(7, 0.1));
    }

    @Test
    void anotherSeedOrScaleIsAnotherScenarioWithOtherKeysAndCodes() {
        Scenario otherSeed = ScenarioGenerator.generate(LoaderOptions.DEFAULT_SEED + 1, 1);
        Scenario otherScale = ScenarioGenerator.generate(LoaderOptions.DEFAULT_SEED, 0.1);
        assertNotEquals(FULL.centers(), otherSeed.centers());
        for (Scenario other : List.of(otherSeed, otherScale)) {
            assertNotEquals(FULL.key("center-1"), other.key("center-1"));
            assertNotEquals(FULL.centers().get(0).code(), other.centers().get(0).code());
        }
    }

    @Test
    void theFullScenarioIsTheProgrammeAsReported() {
        Map<String, Long> totals = Totals.of(FULL).overall();
        assertEquals(54, totals.get("centers.total"));
        assertEquals(37, totals.get("groups.active"));
        assertTrue(totals.get("training.certified") > 3_000, "certified: " + totals.get("training.certified"));
        assertEquals(1, totals.get("centers.underRenovation"));
        assertEquals(53, totals.get("centers.open"));
        assertTrue(totals.get("centers.renovationsCompleted") >= 3);
        assertTrue(totals.get("centers.newBuild") > 0 && totals.get("centers.renovated") > 0);
        assertEquals(1, totals.get("groups.dissolved"));
        assertTrue(totals.get("issues.resolved") > totals.get("issues.raised") / 2, totals.toString());
        assertTrue(totals.get("issues.referred") > 0);
        assertTrue(totals.get("training.police") > 0 && totals.get("training.citizens") > 0);
        assertTrue(FULL.centers().stream().map(c -> c.district().code()).collect(Collectors.toSet())
                .containsAll(ReferenceData.get().districts().stream().filter(d -> d.afghanBorder())
                        .map(d -> d.code()).toList()), "every border district has a centre");
    }

    /** NIAT Khovar, 23 June 2021 (shared/seed): whose centres, groups and trainees they are. */
    @Test
    void theFullScenarioIsAttributedAsTheProgrammesPublicRecordTellsIt() {
        Map<String, Map<String, Long>> partners = Totals.of(FULL).byPartner();
        Map<String, Long> embassy = partners.get("US_EMBASSY");
        Map<String, Long> saferworld = partners.get("SAFERWORLD");
        assertEquals(54, embassy.get("centers.newBuild") + embassy.get("centers.renovated"), "built or renovated");
        assertEquals(37, embassy.get("groups.active") + embassy.get("groups.dissolved"), "groups formed");
        assertTrue(saferworld.get("training.certified") > 3_000, "trained: " + saferworld);
        assertTrue(saferworld.get("training.police") > 0 && saferworld.get("training.citizens") > 0,
                "citizens and police officers");
        assertTrue(partners.get("MVD").get("training.police") > 100, "the ministry trains hundreds of its officers");
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 0.1, 0.02})
    void everyScaleHasTheProgrammesShape(double scale) {
        Scenario scenario = ScenarioGenerator.generate(11, scale);
        Map<String, Long> totals = Totals.of(scenario).overall();

        List<Center> june2021 = scenario.centers().stream()
                .filter(c -> c.openedOn().equals(ScenarioGenerator.JUNE_2021_OPENING)).toList();
        assertEquals(Set.copyOf(ScenarioGenerator.JUNE_2021_DISTRICTS),
                june2021.stream().map(c -> c.district().code()).collect(Collectors.toSet()));
        assertEquals(ReferenceData.get().regions().size(),
                scenario.centers().stream().map(c -> c.district().regionCode()).distinct().count(), "all regions");
        assertTrue(scenario.centers().stream().filter(c -> !june2021.contains(c))
                .anyMatch(c -> c.district().afghanBorder()), "border districts among the rest");
        assertTrue(scenario.centers().stream().allMatch(c -> c.openedOn().getYear() >= 2010
                && !c.openedOn().isAfter(ScenarioGenerator.JUNE_2021_OPENING)));
        assertEquals(1, totals.get("centers.underRenovation"));
        assertTrue(totals.get("centers.renovationsCompleted") >= 1);
        assertEquals(1, totals.get("groups.dissolved"));
        assertTrue(totals.get("groups.active") >= 3);
        assertTrue(totals.get("training.certified") >= Math.round(3_000 * scale));
        Map<String, Map<String, Long>> partners = Totals.of(scenario).byPartner();
        assertEquals(totals.get("centers.total"), partners.get("US_EMBASSY").get("centers.total"), "every centre");
        assertEquals(totals.get("groups.active"), partners.get("US_EMBASSY").get("groups.active"), "every active group");
        assertTrue(partners.get("SAFERWORLD").get("training.certified") >= Math.round(3_000 * scale));
        assertTrue(scenario.sessions().stream().flatMap(s -> s.trainees().stream()).anyMatch(t -> t.revocation() != null));
        assertTrue(scenario.sessions().stream().anyMatch(s -> s.trainees().stream()
                .anyMatch(t -> !s.course().passes(t.attendedHours(), t.score()))), "some fail");
        assertEquals(Set.of(TrainingTopic.values()), scenario.courses().stream()
                .flatMap(c -> c.topics().stream()).collect(Collectors.toSet()));
        assertEquals(scenario.centers().size(), scenario.centers().stream().map(Center::code).distinct().count());
        assertTrue(scenario.centers().stream().allMatch(c -> c.code().matches("[A-Z0-9][A-Z0-9_-]{1,31}")));
    }

    @Test
    void everythingHappensInOrderAndNothingAfterTheProgrammeEnd() {
        LocalDate end = Scenario.PROGRAMME_END;
        for (Center center : FULL.centers()) {
            if (center.renovation() != null) {
                assertTrue(center.renovation().startedOn().isAfter(center.openedOn()));
                LocalDate completed = center.renovation().completedOn();
                assertTrue(completed == null || (completed.isAfter(center.renovation().startedOn())
                        && !completed.isAfter(end)));
                assertFalse(center.renovation().startedOn().isAfter(end));
            }
        }
        for (Group group : FULL.groups()) {
            assertTrue(group.center().endsOpen(), "groups are formed at open centres");
            assertTrue(group.formedOn().isAfter(group.center().openedOn()));
            LocalDate until = group.active() ? end : group.dissolvedOn();
            assertFalse(until.isAfter(end));
            for (Member member : group.members()) {
                assertFalse(member.joinedOn().isBefore(group.formedOn()));
                assertTrue(member.leftOn() == null || (member.leftOn().isAfter(member.joinedOn())
                        && member.leftOn().isBefore(until)));
                assertEquals(member.role() == MemberRole.POLICE_OFFICER, member.rank() != null);
            }
            group.meetings().forEach(meeting -> {
                assertTrue(meeting.heldOn().isAfter(group.formedOn()) && !meeting.heldOn().isAfter(until));
                assertEquals(meeting.female() + meeting.male(), meeting.police() + meeting.community());
                meeting.issues().stream().filter(i -> i.resolution() != null).forEach(i -> assertTrue(
                        i.resolution().resolvedOn().isAfter(meeting.heldOn())
                                && !i.resolution().resolvedOn().isAfter(until)));
            });
        }
        for (Session session : FULL.sessions()) {
            assertTrue(session.center().endsOpen(), "sessions are held at open centres");
            assertTrue(session.startsOn().isAfter(session.center().openedOn()));
            assertFalse(session.endsOn().isAfter(end) || session.endsOn().isBefore(session.startsOn()));
            assertTrue(session.trainees().size() <= session.capacity());
            for (Trainee trainee : session.trainees()) {
                int age = session.startsOn().getYear() - trainee.birthYear();
                assertTrue(age >= 16 && age <= 66, "age " + age);
                assertTrue(trainee.revocation() == null || (trainee.revocation().revokedOn().isAfter(session.endsOn())
                        && !trainee.revocation().revokedOn().isAfter(end)));
            }
        }
    }

    @Test
    void membersAndTraineesAreWomenAndMenPoliceAndCommunityInPlausibleProportions() {
        Map<String, Long> totals = Totals.of(FULL).overall();
        double womenMembers = (double) totals.get("groups.members.female") / totals.get("groups.members.total");
        double policeMembers = (double) totals.get("groups.members.police") / totals.get("groups.members.total");
        double womenCertified = (double) totals.get("training.female") / totals.get("training.certified");
        assertTrue(womenMembers > 0.2 && womenMembers < 0.45, "women among members: " + womenMembers);
        assertTrue(policeMembers > 0.3 && policeMembers < 0.5, "police among members: " + policeMembers);
        assertTrue(womenCertified > 0.25 && womenCertified < 0.5, "women among the certified: " + womenCertified);
    }

    @Test
    void seedsAndScalesOutsideTheirRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ScenarioGenerator.generate(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> ScenarioGenerator.generate(ScenarioGenerator.MAX_SEED + 1, 1));
        assertThrows(IllegalArgumentException.class, () -> ScenarioGenerator.generate(1, 0.0001));
    }

    @Test
    void issuesAreFollowedUpAsGroupsDoAndEveryStepKeepsTheRulesOfItsIssue() {
        List<Scenario.Issue> issues = FULL.groups().stream().flatMap(g -> g.meetings().stream()
                .flatMap(m -> m.issues().stream())).toList();
        int reopened = 0;
        int overdue = 0;
        int dueLater = 0;
        for (Group group : FULL.groups()) {
            for (Scenario.Meeting meeting : group.meetings()) {
                for (Scenario.Issue issue : meeting.issues()) {
                    for (Scenario.Action action : issue.actions()) {
                        assertFalse(action.agreedOn().isBefore(meeting.heldOn()), "agreed before it was raised");
                        assertFalse(action.dueOn().isBefore(action.agreedOn()), "due before it was agreed");
                        assertTrue(action.completedOn() == null || !action.completedOn().isBefore(action.agreedOn()));
                        assertTrue(action.completedOn() == null || issue.resolution() != null
                                && !action.completedOn().isAfter(issue.resolution().resolvedOn()));
                        if (action.completedOn() == null) {
                            if (action.dueOn().isAfter(Scenario.PROGRAMME_END)) {
                                dueLater++;
                            } else {
                                overdue++;
                            }
                        }
                    }
                    if (issue.resolution() != null) {
                        assertFalse(issue.actions().isEmpty(), "a closed issue had an action agreed");
                    }
                    if (issue.reopening() != null) {
                        reopened++;
                        assertTrue(issue.reopening().reopenedOn().isAfter(issue.resolution().resolvedOn()));
                        assertTrue(group.dissolvedOn() == null
                                || issue.reopening().reopenedOn().isBefore(group.dissolvedOn()));
                    }
                }
            }
        }
        int reopenedShare = 100 * reopened / issues.size();
        assertTrue(reopened > 0 && reopenedShare < 5, "reopened: " + reopened + " of " + issues.size());
        assertTrue(overdue > 0 && dueLater > 0, "pending actions overdue " + overdue + ", due later " + dueLater);
        assertTrue(overdue < issues.size() / 10, "a few overdue: " + overdue + " of " + issues.size());
    }
}
