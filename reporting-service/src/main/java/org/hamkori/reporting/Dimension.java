package org.hamkori.reporting;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dimensions of {@code GET /reports/certifications}: the query-parameter name, the column of the certification
 * counts it groups by, and how its values sort (codes byte-wise, age bands from the youngest).
 */
public enum Dimension {
    REGION_CODE("regionCode", "region_code"),
    DISTRICT_CODE("districtCode", "district_code"),
    CATEGORY("category", "category"),
    SEX("sex", "sex"),
    AGE_BAND("ageBand", "age_band"),
    PARTNER_CODE("partnerCode", "partner_code"),
    COURSE_CODE("courseCode", "course_code"),
    MONTH("month", "certified_month");

    private final String parameter;
    private final String column;

    Dimension(String parameter, String column) {
        this.parameter = parameter;
        this.column = column;
    }

    public String parameter() {
        return parameter;
    }

    public String column() {
        return column;
    }

    public String sortKey() {
        return switch (this) {
            case AGE_BAND -> "array_position(ARRAY['UNDER_18', '18_24', '25_34', '35_49', '50_PLUS'], age_band)";
            case MONTH -> column;
            default -> column + " COLLATE \"C\"";
        };
    }

    /** A value as the report shows it: codes as they are, a month as {@code 2021-10}. */
    public String value(Object column) {
        if (column == null) {
            return null;
        }
        return this == MONTH ? column.toString().substring(0, 7) : (String) column;
    }

    /** Whether the per-place counts hold this dimension (they are enough when no dates are asked for). */
    public boolean inPlaceCounts() {
        return this == REGION_CODE || this == DISTRICT_CODE || this == CATEGORY || this == SEX;
    }

    public static Optional<Dimension> byParameter(String name) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(name)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(Dimension::parameter).collect(Collectors.joining(", "));
    }
}
