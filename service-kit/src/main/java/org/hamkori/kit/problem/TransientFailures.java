package org.hamkori.kit.problem;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Failures that pass by themselves: the database refusing or losing connections, restarting, out of connection
 * slots, or a lock or serialization conflict. Retrying later succeeds; nothing about the request is wrong.
 */
public final class TransientFailures {

    /** SQLSTATE classes and codes of PostgreSQL that mean "not now" rather than "never". */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "57");
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03",
            // "database is not currently accepting connections" (ALLOW_CONNECTIONS false, e.g. during maintenance)
            "55000");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransient(sql)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean isTransient(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // the connection pool's own failures (no connection within the acquisition timeout) carry no state
            return sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout");
        }
        return TRANSIENT_STATES.contains(state) || state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2));
    }
}
