package org.hamkori.kit.validation;

import java.time.LocalDate;

/**
 * The range every date of the programme lies in: from 1991-01-01 (Tajikistan's independence, before
 * any centre, group or course) to ten years from today (sessions are planned ahead, never that far).
 * A date outside it is a typing slip or an attack, and PostgreSQL cannot even store some of them.
 */
public final class ProgrammeDates {

    public static final LocalDate EARLIEST = LocalDate.of(1991, 1, 1);
    static final int YEARS_AHEAD = 10;

    private ProgrammeDates() {
    }

    public static LocalDate latest() {
        return LocalDate.now().plusYears(YEARS_AHEAD);
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(latest());
    }

    /** Why {@code date} is refused, shown to the client next to the field's name. */
    public static String rule() {
        return "must be a date from " + EARLIEST + " to " + latest();
    }
}
