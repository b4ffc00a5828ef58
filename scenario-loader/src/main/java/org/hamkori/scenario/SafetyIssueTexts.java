package org.hamkori.scenario;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.ResponsibleParty;

/**
 * What groups write about the safety issues they raise and how they closed them, drawn from the texts in
 * {@code /scenario/safety-issue-texts.json}. Border districts raise border security and drugs more often, as the
 * programme's groups along the Tajik–Afghan border did.
 */
final class SafetyIssueTexts {

    private static final Texts TEXTS = JsonResource.read("/scenario/safety-issue-texts.json", Texts.class);

    /**
     * The texts by what they are about; {@code weights}: how often groups raise each category, away from the border
     * and along it.
     */
    @JsonIgnoreProperties("about")
    private record Texts(Map<IssueCategory, List<String>> descriptions, List<String> resolvedOutcomes,
            List<String> referredOutcomes, Map<ResponsibleParty, List<String>> actions, List<String> followUpNotes,
            List<String> reopeningReasons, Map<IssueCategory, Weight> weights) {

        Texts {
            // drawn in the categories' order, whatever the file's
            weights = new EnumMap<>(weights);
        }
    }

    private record Weight(int inland, int border) {

        int of(boolean afghanBorder) {
            return afghanBorder ? border : inland;
        }
    }

    private SafetyIssueTexts() {
    }

    static IssueCategory category(Random random, boolean afghanBorder) {
        int total = TEXTS.weights().values().stream().mapToInt(w -> w.of(afghanBorder)).sum();
        int draw = random.nextInt(total);
        for (Map.Entry<IssueCategory, Weight> entry : TEXTS.weights().entrySet()) {
            draw -= entry.getValue().of(afghanBorder);
            if (draw < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    static String description(Random random, IssueCategory category) {
        return any(random, TEXTS.descriptions().get(category));
    }

    static String outcome(Random random, IssueStatus status) {
        return any(random, status == IssueStatus.REFERRED ? TEXTS.referredOutcomes() : TEXTS.resolvedOutcomes());
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
        return new Scenario.Action(any(random, TEXTS.actions().get(responsible)), responsible, agreedOn, dueOn,
                completedOn);
    }

    static String followUpNote(Random random) {
        return any(random, TEXTS.followUpNotes());
    }

    static String reopeningReason(Random random) {
        return any(random, TEXTS.reopeningReasons());
    }

    private static String any(Random random, List<String> texts) {
        return texts.get(random.nextInt(texts.size()));
    }
}
