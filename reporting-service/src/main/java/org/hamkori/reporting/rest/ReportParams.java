package org.hamkori.reporting.rest;

import java.time.Year;
import org.hamkori.kit.problem.ProblemException;

/** Query parameters of the reports that the kit's {@code QueryParams} does not cover. */
final class ReportParams {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private ReportParams() {
    }

    /** A year from 2000 to 2100, or {@code orElse} when absent. */
    static Year year(String name, String value, Year orElse) {
        if (value == null || value.isBlank()) {
            return orElse;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw ProblemException.invalidField(name, "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR);
            }
            return Year.of(year);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "must be a year such as 2021");
        }
    }
}
