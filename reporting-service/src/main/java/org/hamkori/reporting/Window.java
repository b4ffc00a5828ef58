package org.hamkori.reporting;

import java.time.LocalDate;
import java.time.Year;

/**
 * The dates a set of figures covers, from and to inclusive. Stocks
 * (centres by status, active groups, current members) are taken at {@code to}; counts of dated happenings (meetings
 * held, issues raised and resolved, sessions completed, renovations completed, people certified with a certificate
 * still valid) are those dated from {@code from} to {@code to}. {@link #ALL} gives the current figures.
 */
public record Window(LocalDate from, LocalDate to) {

    private static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);
    private static final LocalDate END = LocalDate.of(9999, 12, 31);

    public static final Window ALL = new Window(BEGINNING, END);

    /** Everything up to the end of {@code year}: the figures as they stood on 31 December. */
    public static Window through(Year year) {
        return new Window(BEGINNING, year.atMonth(12).atEndOfMonth());
    }

    /** Happenings during {@code year}, stocks at its end; for the current year, stocks as they are now. */
    public static Window during(Year year, Year currentYear) {
        LocalDate to = year.isBefore(currentYear) ? year.atMonth(12).atEndOfMonth() : END;
        return new Window(year.atDay(1), to);
    }

    public boolean isAll() {
        return equals(ALL);
    }

    /** Whether it covers whole months, whose training figures are kept per month (fewer rows than per day). */
    public boolean wholeMonths() {
        return from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()));
    }
}
