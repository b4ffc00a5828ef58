package org.hamkori.scenario;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.scenario.Scenario.Action;
import org.hamkori.scenario.Scenario.FollowUp;
import org.hamkori.scenario.Scenario.Issue;
import org.hamkori.scenario.Scenario.Reopening;
import org.hamkori.scenario.Scenario.Resolution;

/**
 * What a group did about each issue it raised: an issue that was closed had an action or two agreed within a week
 * and completed before the resolution, sometimes a follow-up meeting; a few resolved problems came back and were
 * reopened with a new action; a fifth of the issues still open have an action pending, half of them overdue and half
 * a longer-term measure due after the programme's period. Its own random numbers, so that the rest of the scenario
 * stays what it was before issues were followed up.
 */
final class IssueFollowUps {

    private final Random random;

    IssueFollowUps(long seed) {
        this.random = new Random(~seed);
    }

    Issue followedUp(IssueCategory category, String description, LocalDate raisedOn, Resolution resolution,
            LocalDate activeUntil) {
        List<Action> actions = new ArrayList<>();
        List<FollowUp> followUps = new ArrayList<>();
        Reopening reopening = null;
        if (resolution != null) {
            LocalDate resolvedOn = resolution.resolvedOn();
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                LocalDate agreedOn = min(raisedOn.plusDays(random.nextInt(8)), resolvedOn);
                actions.add(SafetyIssueTexts.action(random, category, agreedOn,
                        agreedOn.plusDays(14 + random.nextInt(47)), between(agreedOn, resolvedOn)));
            }
            if (random.nextInt(10) < 3) {
                followUps.add(new FollowUp(between(raisedOn, resolvedOn), SafetyIssueTexts.followUpNote(random)));
            }
            LocalDate reopenedOn = resolvedOn.plusDays(30 + random.nextInt(91));
            if (resolution.status() == IssueStatus.RESOLVED && random.nextInt(100) < 6
                    && !reopenedOn.isAfter(activeUntil)) {
                reopening = new Reopening(reopenedOn, SafetyIssueTexts.reopeningReason(random));
                actions.add(pending(category, reopenedOn, activeUntil));
            }
        } else if (random.nextInt(5) == 0) {
            actions.add(pending(category, raisedOn, activeUntil));
        }
        return new Issue(category, description, List.copyOf(actions), List.copyOf(followUps), resolution, reopening);
    }

    private Action pending(IssueCategory category, LocalDate from, LocalDate activeUntil) {
        LocalDate agreedOn = min(from.plusDays(random.nextInt(11)), activeUntil);
        LocalDate dueOn = random.nextBoolean()
                ? agreedOn.plusDays(14 + random.nextInt(47))
                : Scenario.PROGRAMME_END.plusDays(180 + random.nextInt(365));
        return SafetyIssueTexts.action(random, category, agreedOn, dueOn, null);
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
