package org.hamkori.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Year;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The programme's calendar: which year is the current one, in the programme's time zone. */
@ApplicationScoped
public class ProgrammeCalendar {

    @ConfigProperty(name = "hamkori.reporting.time-zone", defaultValue = "Asia/Dushanbe")
    ZoneId zone;

    public Year currentYear() {
        return Year.now(zone);
    }
}
