package org.hamkori.scenario;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.ResponsibleParty;

/**
 * What groups write about the safety issues they raise and how they closed them. Border districts raise
 * border security and drugs more often, as the programme's groups along the Tajik–Afghan border did.
 */
final class SafetyIssueTexts {

    private static final Map<IssueCategory, List<String>> DESCRIPTIONS = new EnumMap<>(Map.of(
            IssueCategory.DOMESTIC_VIOLENCE, List.of(
                    "Neighbours report repeated violence in a household of the mahalla",
                    "Women of the jamoat do not know where to turn in cases of domestic violence",
                    "Family conflicts after early marriages in the village"),
            IssueCategory.YOUTH_CRIME, List.of(
                    "Teenagers gather at night near the bazaar; fights between groups of youths",
                    "Truancy and petty theft among pupils of the secondary school",
                    "Vandalism at the village sports ground"),
            IssueCategory.ROAD_SAFETY, List.of(
                    "No pedestrian crossing on the main road in front of the school",
                    "Minibuses speed through the village centre",
                    "Street lights are out along the road pupils walk home on",
                    "Livestock on the highway at dusk"),
            IssueCategory.DRUGS, List.of(
                    "Suspected drug dealing near the bus station",
                    "Parents worried about drug use among young men back from labour migration"),
            IssueCategory.BORDER_SECURITY, List.of(
                    "Residents report unregistered crossings along the river bank",
                    "Border villages do not know how to report suspicious movement",
                    "No reliable phone connection between the border villages and the district police"),
            IssueCategory.LAND_AND_WATER_DISPUTES, List.of(
                    "Two villages dispute the irrigation water schedule",
                    "Conflict over pasture boundaries between neighbouring jamoats",
                    "Dispute over a land plot after a family division"),
            IssueCategory.THEFT, List.of(
                    "Livestock stolen from summer pastures",
                    "Night-time break-ins at shops in the bazaar",
                    "Irrigation pumps and cables stolen from the fields"),
            IssueCategory.EXTREMISM_PREVENTION, List.of(
                    "Young people contacted online by recruiters of banned groups",
                    "Parents ask how to recognise online radicalisation"),
            IssueCategory.OTHER, List.of(
                    "Stray dogs around the school",
                    "Residents do not know the centre's opening hours",
                    "An abandoned building is used for night-time gatherings")));

    private static final List<String> RESOLVED_OUTCOMES = List.of(
            "Joint patrols agreed with the district police; no further incidents reported",
            "The hukumat installed lighting at the group's request",
            "Mediated by the group with the elders; the parties signed an agreement",
            "Awareness session held at the school with parents and pupils",
            "A crossing was marked and a speed bump installed with the jamoat",
            "The district inspector now holds weekly office hours at the centre");

    private static final List<String> REFERRED_OUTCOMES = List.of(
            "Referred to the district prosecutor's office",
            "Referred to the land committee of the hukumat",
            "Referred to the Committee on Women and Family Affairs",
            "Referred to the Drug Control Agency",
            "Referred to the border troops' local post");

    /** Actions a group agrees, by who carries them out. */
    private static final Map<ResponsibleParty, List<String>> ACTIONS = new EnumMap<>(Map.of(
            ResponsibleParty.POLICE, List.of(
                    "Evening patrols by the district inspector with volunteers of the group",
                    "The district inspector visits the households concerned"),
            ResponsibleParty.HUKUMAT, List.of(
                    "Letter to the hukumat asking for street lights and a marked crossing",
                    "The jamoat's land committee to review the boundary"),
            ResponsibleParty.SCHOOL, List.of(
                    "Meeting with parents and teachers at the school",
                    "Lessons on road safety for the lower grades"),
            ResponsibleParty.HEALTH, List.of(
                    "The district clinic to run an information session on drug use"),
            ResponsibleParty.COMMUNITY, List.of(
                    "Elders of the mahalla to mediate between the families",
                    "Volunteers to inform neighbours of the centre's hotline"),
            ResponsibleParty.OTHER, List.of(
                    "Ask a partner organisation for a trainer on conflict mediation")));

    private static final List<String> FOLLOW_UP_NOTES = List.of(
            "Progress reviewed at the group's meeting; the action is under way",
            "The district inspector reported back to the group",
            "Residents confirm fewer incidents since the action began");

    private static final List<String> REOPENING_REASONS = List.of(
            "Incidents started again after the summer",
            "The measure taken did not last; residents complain again",
            "A new dispute between the same parties");

    /** Relative weights of the categories, away from the border and along it. */
    private static final Map<IssueCategory, int[]> WEIGHTS = new EnumMap<>(Map.of(
            IssueCategory.DOMESTIC_VIOLENCE, new int[] {16, 12},
            IssueCategory.YOUTH_CRIME, new int[] {16, 11},
            IssueCategory.ROAD_SAFETY, new int[] {18, 10},
            IssueCategory.DRUGS, new int[] {7, 16},
            IssueCategory.BORDER_SECURITY, new int[] {0, 20},
            IssueCategory.LAND_AND_WATER_DISPUTES, new int[] {14, 12},
            IssueCategory.THEFT, new int[] {16, 10},
            IssueCategory.EXTREMISM_PREVENTION, new int[] {6, 6},
            IssueCategory.OTHER, new int[] {7, 3}));

    private SafetyIssueTexts() {
    }

    static IssueCategory category(Random random, boolean afghanBorder) {
        int column = afghanBorder ? 1 : 0;
        int total = WEIGHTS.values().stream().mapToInt(w -> w[column]).sum();
        int draw = random.nextInt(total);
        for (Map.Entry<IssueCategory, int[]> entry : WEIGHTS.entrySet()) {
            draw -= entry.getValue()[column];
            if (draw < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    static String description(Random random, IssueCategory category) {
        List<String> texts = DESCRIPTIONS.get(category);
        return texts.get(random.nextInt(texts.size()));
    }

    static String outcome(Random random, IssueStatus status) {
        List<String> texts = status == IssueStatus.REFERRED ? REFERRED_OUTCOMES : RESOLVED_OUTCOMES;
        return texts.get(random.nextInt(texts.size()));
    }

    /** An action fitting the category, carried out by whoever such actions fall to. */
    static Scenario.Action action(Random random, IssueCategory category, LocalDate agreedOn, LocalDate dueOn,
            LocalDate completedOn) {
        ResponsibleParty responsible = switch (category) {
            case ROAD_SAFETY -> random.nextBoolean() ? ResponsibleParty.HUKUMAT : ResponsibleParty.SCHOOL;
            case DRUGS -> random.nextBoolean() ? ResponsibleParty.HEALTH : ResponsibleParty.POLICE;
            case DOMESTIC_VIOLENCE, LAND_AND_WATER_DISPUTES -> random.nextBoolean() ? ResponsibleParty.COMMUNITY
                    : ResponsibleParty.POLICE;
            case YOUTH_CRIME, EXTREMISM_PREVENTION -> random.nextBoolean() ? ResponsibleParty.SCHOOL
                    : ResponsibleParty.POLICE;
            case BORDER_SECURITY, THEFT -> ResponsibleParty.POLICE;
            case OTHER -> random.nextBoolean() ? ResponsibleParty.COMMUNITY : ResponsibleParty.OTHER;
        };
        List<String> texts = ACTIONS.get(responsible);
        return new Scenario.Action(texts.get(random.nextInt(texts.size())), responsible, agreedOn, dueOn, completedOn);
    }

    static String followUpNote(Random random) {
        return FOLLOW_UP_NOTES.get(random.nextInt(FOLLOW_UP_NOTES.size()));
    }

    static String reopeningReason(Random random) {
        return REOPENING_REASONS.get(random.nextInt(REOPENING_REASONS.size()));
    }
}
