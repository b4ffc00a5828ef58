package org.hamkori.reporting.rest;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.hamkori.contract.reference.Phase;
import org.hamkori.contract.reference.Phases;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.rest.QueryParams;
import org.hamkori.kit.validation.ProgrammeDates;
import org.hamkori.reporting.ReportFilter;
import org.hamkori.reporting.Window;

/**
 * The filters of every figure report (SPEC §7): {@code from}/{@code to} or {@code period}, {@code partnerCode} and
 * {@code phase}. A phase is its dates; given with dates or a period, the report covers the days both include. Each
 * bad value is a 400 naming its parameter.
 */
public class FilterParams {

    static final Pattern PARTNER_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:Q([1-4])|-(\\d{2}))?");

    @QueryParam("from")
    @Parameter(description = "First day (ISO date)")
    String from;

    @QueryParam("to")
    @Parameter(description = "Last day (ISO date), not before from")
    String to;

    @QueryParam("period")
    @Parameter(description = "A year (2021), quarter (2021Q2) or month (2021-06); instead of from and to")
    String period;

    @QueryParam("partnerCode")
    @Parameter(description = "Only the records of this partner: a centre's funding partners, a group's facilitating"
            + " partner, a session's and its certificates' partner")
    String partnerCode;

    @QueryParam("phase")
    @Parameter(description = "Only the records dated in this phase of the programme (GET /reference/phases)")
    String phase;

    /** The filter asked for; the window is {@link Window#ALL} when no date, period or phase is given. */
    ReportFilter filter() {
        LocalDate first = QueryParams.date("from", from);
        LocalDate last = QueryParams.date("to", to);
        String periodText = QueryParams.text(period);
        if (periodText != null) {
            if (first != null || last != null) {
                throw ProblemException.invalidField("period", "give a period or from and to, not both");
            }
            Window ofPeriod = period(periodText);
            first = ofPeriod.from();
            last = ofPeriod.to();
        }
        if (first != null && last != null && last.isBefore(first)) {
            throw ProblemException.invalidField("to", "must not be before from (" + first + ")");
        }
        String phaseCode = QueryParams.text(phase);
        if (phaseCode != null) {
            Phase known = Phases.get().phase(phaseCode).orElseThrow(() -> ProblemException.invalidField("phase",
                    "unknown phase " + phaseCode + "; see GET /reference/phases"));
            LocalDate phaseFirst = first == null || first.isBefore(known.from()) ? known.from() : first;
            LocalDate phaseLast = known.to() == null || (last != null && last.isBefore(known.to())) ? last : known.to();
            if (phaseLast != null && phaseLast.isBefore(phaseFirst)) {
                throw ProblemException.invalidField("phase", "phase " + phaseCode + " (" + known.from() + " to "
                        + (known.to() == null ? "now" : known.to()) + ") has no day in the dates asked for");
            }
            first = phaseFirst;
            last = phaseLast;
        }
        Window window = new Window(first == null ? Window.ALL.from() : first, last == null ? Window.ALL.to() : last);
        return new ReportFilter(window, partnerCode());
    }

    /** The partner asked for, null for every partner; a code that cannot be one is a 400. */
    String partnerCode() {
        String code = QueryParams.text(partnerCode);
        if (code != null && !PARTNER_CODE.matcher(code).matches()) {
            throw ProblemException.invalidField("partnerCode", "must be a partner code such as SAFERWORLD"
                    + " ([A-Z][A-Z0-9_]{1,31})");
        }
        return code;
    }

    /** {@code 2021}, {@code 2021Q2} or {@code 2021-06}, within the programme's dates. */
    static Window period(String text) {
        Matcher matcher = PERIOD.matcher(text);
        if (!matcher.matches()) {
            throw ProblemException.invalidField("period", "must be a year (2021), a quarter (2021Q2) or a month"
                    + " (2021-06)");
        }
        Year year = Year.of(Integer.parseInt(matcher.group(1)));
        Window window;
        if (matcher.group(2) != null) {
            int quarter = Integer.parseInt(matcher.group(2));
            window = new Window(year.atMonth(quarter * 3 - 2).atDay(1), year.atMonth(quarter * 3).atEndOfMonth());
        } else if (matcher.group(3) != null) {
            YearMonth month;
            try {
                month = YearMonth.parse(text);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidField("period", "must be a year (2021), a quarter (2021Q2) or a month"
                        + " (2021-06)");
            }
            window = new Window(month.atDay(1), month.atEndOfMonth());
        } else {
            window = new Window(year.atDay(1), year.atMonth(12).atEndOfMonth());
        }
        if (!ProgrammeDates.contains(window.from()) || !ProgrammeDates.contains(window.to())) {
            throw ProblemException.invalidField("period", ProgrammeDates.rule());
        }
        return window;
    }
}
