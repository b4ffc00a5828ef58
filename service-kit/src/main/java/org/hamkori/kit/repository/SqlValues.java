package org.hamkori.kit.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A native query's timestamp column as an {@link Instant}, whichever type the driver returned it as. */
public final class SqlValues {

    private SqlValues() {
    }

    /** Null for SQL NULL. */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }
}
