package org.hamkori.kit.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.reference.Places;
import org.hamkori.kit.validation.ProgrammeDates;

/** Parses optional query-parameter filters, answering a 400 that names the parameter when one is bad. */
public final class QueryParams {

    private QueryParams() {
    }

    public static UUID uuid(String name, String value) {
        return parsed(name, value, UUID::fromString, "must be a UUID");
    }

    /** An optional date filter, which like every date of the programme lies within {@link ProgrammeDates}. */
    public static LocalDate date(String name, String value) {
        LocalDate date = parsed(name, value, LocalDate::parse, "must be an ISO-8601 date such as 2021-06-21");
        if (date != null && !ProgrammeDates.contains(date)) {
            throw ProblemException.invalidField(name, ProgrammeDates.rule());
        }
        return date;
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        return parsed(name, value, text -> Enum.valueOf(type, text),
                "must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    /**
     * An optional whole number from {@code min} to {@code max}: null when absent, a 400 naming the parameter with
     * {@code outOfRange} or {@code notANumber} when it is not one.
     */
    public static Integer wholeNumber(String name, String value, int min, int max, String outOfRange,
            String notANumber) {
        Integer number = parsed(name, value, Integer::valueOf, notANumber);
        if (number != null && (number < min || number > max)) {
            throw ProblemException.invalidField(name, outOfRange);
        }
        return number;
    }

    /** An optional region filter: null when absent, a 400 naming the parameter when unknown. */
    public static String regionCode(String name, String value) {
        String code = text(value);
        if (code != null) {
            Places.requireRegion(name, code);
        }
        return code;
    }

    /** An optional district filter: null when absent, a 400 naming the parameter when unknown. */
    public static String districtCode(String name, String value) {
        String code = text(value);
        if (code != null) {
            Places.requireDistrict(name, code);
        }
        return code;
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The value, trimmed, as {@code parse} reads it; null when absent, a 400 naming the parameter when unreadable. */
    private static <T> T parsed(String name, String value, Function<String, T> parse, String unreadable) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw ProblemException.invalidField(name, unreadable);
        }
    }
}
