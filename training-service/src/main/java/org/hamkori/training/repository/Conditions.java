package org.hamkori.training.repository;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** A Panache where-clause made of optional filters: a filter without a value adds no condition. */
final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds {@code clause}, which refers to {@code :name}, when {@code value} is given. */
    Conditions and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.and(name, value);
        }
        return this;
    }

    String where() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    Parameters parameters() {
        return parameters;
    }
}
