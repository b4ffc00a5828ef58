package org.hamkori.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;

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
}
