package org.hamkori.kit.failure;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.hamkori.contract.MalformedEventException;

/**
 * Tells a failure to apply an event that may pass later (transient: wait and try again, holding the partition) from
 * one that never will (permanent: dead-letter the record); the HTTP edge asks it too, to answer a write that met an
 * unavailable database with a 503. It sits below both so that neither the inbox nor the edge depends on the other. The whole cause chain is read: a permanent marker anywhere
 * wins, then a transient one; anything else (a failure nobody foresaw) is permanent, so that one odd record cannot stop
 * consumption for good: it is dead-lettered and can be re-driven once the cause is fixed.
 */
public final class ConsumptionFailures {

    /**
     * PostgreSQL SQLState classes that say "not now": 08 connection exception, 40 transaction rollback
     * (serialization failure, deadlock), 53 insufficient resources, 55 object not in prerequisite state (lock not
     * available, database not accepting connections), 57 operator intervention (terminated, shutting down, query
     * cancelled), 58 system error (I/O).
     */
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "40", "53", "55", "57", "58");

    /** 22 data exception (e.g. a date out of PostgreSQL's range), 23 integrity constraint violation. */
    private static final Set<String> PERMANENT_SQL_CLASSES = Set.of("22", "23");

    private ConsumptionFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (isPermanentMarker(t)) {
                return false;
            }
        }
        for (Throwable t = failure; t != null; t = next(t)) {
            if (isTransientMarker(t)) {
                return true;
            }
        }
        return false;
    }

    /** The most telling message of the chain: the SQL error or the deepest cause's. */
    public static String describe(Throwable failure) {
        Throwable telling = failure;
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SQLException || t instanceof MalformedEventException || t instanceof PermanentFailure) {
                telling = t;
                break;
            }
            telling = t;
        }
        String state = telling instanceof SQLException sql && sql.getSQLState() != null
                ? " [SQLState " + sql.getSQLState() + "]" : "";
        return telling.getClass().getSimpleName() + ": " + telling.getMessage() + state;
    }

    private static boolean isPermanentMarker(Throwable t) {
        return t instanceof MalformedEventException || t instanceof PermanentFailure
                || t instanceof SQLException sql && sqlClassIn(sql, PERMANENT_SQL_CLASSES);
    }

    private static boolean isTransientMarker(Throwable t) {
        if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof RetriableException || t instanceof TimeoutException
                || t instanceof ConnectException || t instanceof SocketException
                || t instanceof jakarta.persistence.LockTimeoutException
                || t instanceof jakarta.persistence.PessimisticLockException
                || t instanceof jakarta.persistence.QueryTimeoutException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            // Agroal's pool says "acquisition timeout" without an SQLState.
            return sqlClassIn(sql, TRANSIENT_SQL_CLASSES) || sql.getSQLState() == null && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }

    private static boolean sqlClassIn(SQLException sql, Set<String> classes) {
        String state = sql.getSQLState();
        return state != null && state.length() == 5 && classes.contains(state.substring(0, 2));
    }

    private static Throwable next(Throwable t) {
        Throwable cause = t.getCause();
        return cause == t ? null : cause;
    }
}
