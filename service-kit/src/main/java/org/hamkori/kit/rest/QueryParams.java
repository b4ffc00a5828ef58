package org.hamkori.kit.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.reference.Places;
import org.hamkori.kit.validation.ProgrammeDates;

/** Parses optional query-parameter filters, answering a 400 that names the parameter when one is bad. */
public final class QueryParams {

    private QueryParams() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be a UUID");
        }
    }

    /** An optional date filter, which like every date of the programme lies within {@link ProgrammeDates}. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be an ISO-8601 date such as 2021-06-21");
        }
        if (!ProgrammeDates.contains(date)) {
            throw ProblemException.invalidField(name, ProgrammeDates.rule());
        }
        return date;
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
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
}
