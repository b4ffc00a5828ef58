package org.hamkori.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Year;
import java.time.ZoneId;

/** The programme's calendar: which year is the current one, in the programme's time zone. */
@ApplicationScoped
public class ProgrammeCalendar {

    private final ZoneId zone;

    ProgrammeCalendar(ReportingConfig config) {
        this.zone = ZoneId.of(config.timeZone());
    }

    public Year currentYear() {
        return Year.now(zone);
    }
}
