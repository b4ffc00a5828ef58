package org.hamkori.reporting;


import static org.hamkori.reporting.Indicator.CENTERS_CLOSED;
import static org.hamkori.reporting.Indicator.CENTERS_NEW_BUILD;
import static org.hamkori.reporting.Indicator.CENTERS_OPEN;
import static org.hamkori.reporting.Indicator.CENTERS_RENOVATED;
import static org.hamkori.reporting.Indicator.CENTERS_RENOVATIONS_COMPLETED;
import static org.hamkori.reporting.Indicator.CENTERS_TOTAL;
import static org.hamkori.reporting.Indicator.CENTERS_UNDER_RENOVATION;
import static org.hamkori.reporting.Indicator.GROUPS_ACTIVE;
import static org.hamkori.reporting.Indicator.GROUPS_DISSOLVED;
import static org.hamkori.reporting.Indicator.ISSUES_IN_PROGRESS;
import static org.hamkori.reporting.Indicator.ISSUES_OVERDUE_ACTIONS;
import static org.hamkori.reporting.Indicator.ISSUES_RAISED;
import static org.hamkori.reporting.Indicator.ISSUES_REFERRED;
import static org.hamkori.reporting.Indicator.ISSUES_RESOLVED;
import static org.hamkori.reporting.Indicator.MEETINGS_HELD;
import static org.hamkori.reporting.Indicator.MEETINGS_PARTICIPANTS;
import static org.hamkori.reporting.Indicator.MEMBERS_COMMUNITY;
import static org.hamkori.reporting.Indicator.MEMBERS_FEMALE;
import static org.hamkori.reporting.Indicator.MEMBERS_MALE;
import static org.hamkori.reporting.Indicator.MEMBERS_POLICE;
import static org.hamkori.reporting.Indicator.MEMBERS_TOTAL;
import static org.hamkori.reporting.Indicator.TRAINING_CERTIFIED;
import static org.hamkori.reporting.Indicator.TRAINING_CITIZENS;
import static org.hamkori.reporting.Indicator.TRAINING_FEMALE;
import static org.hamkori.reporting.Indicator.TRAINING_MALE;
import static org.hamkori.reporting.Indicator.TRAINING_POLICE;
import static org.hamkori.reporting.Indicator.TRAINING_SESSIONS_COMPLETED;

import java.util.EnumMap;
import java.util.Map;

/** The JSON shape of {@link Figures} in the reports of SPEC §7, section by section. */
public final class Sections {

    private Sections() {
    }

    /** The figures the sections show, back as one value per {@link Indicator}. */
    public static Figures figures(Centers c, Groups g, Meetings m, Issues i, Training t) {
        Map<Indicator, Long> values = new EnumMap<>(Indicator.class);
        values.put(CENTERS_TOTAL, c.total());
        values.put(CENTERS_OPEN, c.open());
        values.put(CENTERS_UNDER_RENOVATION, c.underRenovation());
        values.put(CENTERS_CLOSED, c.closed());
        values.put(CENTERS_NEW_BUILD, c.newBuild());
        values.put(CENTERS_RENOVATED, c.renovated());
        values.put(CENTERS_RENOVATIONS_COMPLETED, c.renovationsCompleted());
        values.put(GROUPS_ACTIVE, g.active());
        values.put(GROUPS_DISSOLVED, g.dissolved());
        values.put(MEMBERS_TOTAL, g.members().total());
        values.put(MEMBERS_POLICE, g.members().police());
        values.put(MEMBERS_COMMUNITY, g.members().community());
        values.put(MEMBERS_FEMALE, g.members().female());
        values.put(MEMBERS_MALE, g.members().male());
        values.put(MEETINGS_HELD, m.held());
        values.put(MEETINGS_PARTICIPANTS, m.participants());
        values.put(ISSUES_RAISED, i.raised());
        values.put(ISSUES_RESOLVED, i.resolved());
        values.put(ISSUES_REFERRED, i.referred());
        values.put(ISSUES_IN_PROGRESS, i.inProgress());
        values.put(ISSUES_OVERDUE_ACTIONS, i.overdueActions());
        values.put(TRAINING_SESSIONS_COMPLETED, t.sessionsCompleted());
        values.put(TRAINING_CERTIFIED, t.certified());
        values.put(TRAINING_POLICE, t.police());
        values.put(TRAINING_CITIZENS, t.citizens());
        values.put(TRAINING_FEMALE, t.female());
        values.put(TRAINING_MALE, t.male());
        return Figures.of(values);
    }

    /** A PLANNED centre counts in {@code total} only. */
    public record Centers(long total, long open, long underRenovation, long closed, long newBuild, long renovated,
            long renovationsCompleted) {

        public static Centers of(Figures f) {
            return new Centers(f.get(CENTERS_TOTAL), f.get(CENTERS_OPEN), f.get(CENTERS_UNDER_RENOVATION),
                    f.get(CENTERS_CLOSED), f.get(CENTERS_NEW_BUILD), f.get(CENTERS_RENOVATED),
                    f.get(CENTERS_RENOVATIONS_COMPLETED));
        }
    }

    /** Current members: not those who left, nor those of dissolved groups. */
    public record Members(long total, long police, long community, long female, long male) {
    }

    public record Groups(long active, long dissolved, Members members) {

        public static Groups of(Figures f) {
            return new Groups(f.get(GROUPS_ACTIVE), f.get(GROUPS_DISSOLVED), new Members(f.get(MEMBERS_TOTAL),
                    f.get(MEMBERS_POLICE), f.get(MEMBERS_COMMUNITY), f.get(MEMBERS_FEMALE), f.get(MEMBERS_MALE)));
        }
    }

    public record Meetings(long held, long participants) {

        public static Meetings of(Figures f) {
            return new Meetings(f.get(MEETINGS_HELD), f.get(MEETINGS_PARTICIPANTS));
        }
    }

    /**
     * {@code inProgress}: issues with an action agreed since they were raised or last reopened, not yet resolved or
     * referred; {@code overdueActions}: actions not completed and due before today, of issues still open or in progress.
     */
    public record Issues(long raised, long resolved, long referred, long inProgress, long overdueActions) {

        public static Issues of(Figures f) {
            return new Issues(f.get(ISSUES_RAISED), f.get(ISSUES_RESOLVED), f.get(ISSUES_REFERRED),
                    f.get(ISSUES_IN_PROGRESS), f.get(ISSUES_OVERDUE_ACTIONS));
        }
    }

    /** People certified whose certificate is still valid. */
    public record Training(long sessionsCompleted, long certified, long police, long citizens, long female, long male) {

        public static Training of(Figures f) {
            return new Training(f.get(TRAINING_SESSIONS_COMPLETED), f.get(TRAINING_CERTIFIED), f.get(TRAINING_POLICE),
                    f.get(TRAINING_CITIZENS), f.get(TRAINING_FEMALE), f.get(TRAINING_MALE));
        }
    }
}
