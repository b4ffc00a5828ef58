package org.hamkori.reporting.rest;

import java.time.Year;
import org.hamkori.kit.rest.QueryParams;

/** Query parameters of the reports beyond the kit's {@code QueryParams}. */
final class ReportParams {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private ReportParams() {
    }

    /** A year from 2000 to 2100, or {@code orElse} when absent. */
    static Year year(String name, String value, Year orElse) {
        Integer year = QueryParams.wholeNumber(name, value, FIRST_YEAR, LAST_YEAR,
                "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR, "must be a year such as 2021");
        return year == null ? orElse : Year.of(year);
    }
}
