package org.hamkori.kit.repository;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** Builds a Panache query from optional list filters: a filter whose value is absent is left out. */
public final class QueryFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** {@code field = value}, when value is given. */
    public QueryFilter equal(String field, Object value) {
        return where(field + " = :" + parameterName(field), parameterName(field), value);
    }

    /** {@code field in values}, when values are given (an empty collection matches nothing). */
    public QueryFilter in(String field, java.util.Collection<?> values) {
        if (values != null && values.isEmpty()) {
            conditions.add("1 = 0");
            return this;
        }
        return where(field + " in :" + parameterName(field) + "_in", parameterName(field) + "_in", values);
    }

    /** Any condition with one named parameter, when its value is given, e.g. {@code startsOn >= :from}. */
    public QueryFilter where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(parameter, value);
        }
        return this;
    }

    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }

    private static String parameterName(String field) {
        return field.replace('.', '_');
    }
}
