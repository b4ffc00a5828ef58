package org.hamkori.reporting;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dimensions of the grouped reports ({@code GET /reports/certifications}, {@code GET /reports/issues}): the
 * query-parameter name, the column of the read model's rows it groups by, named alike in every read model it is in
 * (a row's month is that of its date: certified, or raised at a meeting), and how its values sort (codes byte-wise,
 * age bands from the youngest).
 */
public enum Dimension {
    REGION_CODE("regionCode"),
    DISTRICT_CODE("districtCode"),
    CATEGORY("category"),
    SEX("sex"),
    AGE_BAND("ageBand"),
    PARTNER_CODE("partnerCode"),
    COURSE_CODE("courseCode"),
    MONTH("month");

    public static final Set<Dimension> OF_CERTIFICATIONS = EnumSet.allOf(Dimension.class);
    public static final Set<Dimension> OF_ISSUES = EnumSet.of(CATEGORY, REGION_CODE, DISTRICT_CODE, MONTH);

    private final String parameter;
    private final String column;

    /** Its column is the parameter's name in snake case ({@code regionCode}: {@code region_code}). */
    Dimension(String parameter) {
        this.parameter = parameter;
        this.column = parameter.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
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

    /** The dimension of {@code offered} that the query parameter {@code name} names. */
    public static Optional<Dimension> byParameter(String name, Set<Dimension> offered) {
        return offered.stream().filter(d -> d.parameter.equals(name)).findFirst();
    }

    public static String names(Set<Dimension> offered) {
        return offered.stream().map(Dimension::parameter).collect(Collectors.joining(", "));
    }
}
