package org.hamkori.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;

/** The programme's calendar: which day and year are the current ones, in the programme's time zone. */
@ApplicationScoped
public class ProgrammeCalendar {

    private final ZoneId zone;

    ProgrammeCalendar(ReportingConfig config) {
        this.zone = ZoneId.of(config.timeZone());
    }

    public Year currentYear() {
        return Year.now(zone);
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }
}
