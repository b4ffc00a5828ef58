package org.hamkori.kit.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.hamkori.contract.MalformedEventException;
import org.hamkori.kit.failure.ConsumptionFailures;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class ConsumptionFailuresTest {

    private static PersistenceException hibernate(String sqlState) {
        return new GenericJDBCException("could not execute statement", new SQLException("boom", sqlState));
    }

    @Test
    void aDatabaseThatRefusesOrDropsConnectionsIsTransient() {
        assertTrue(ConsumptionFailures.isTransient(new JDBCConnectionException("refused",
                new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))));
        assertTrue(ConsumptionFailures.isTransient(hibernate("08006")), "connection failure");
        assertTrue(ConsumptionFailures.isTransient(hibernate("08003")), "connection closed");
        assertTrue(ConsumptionFailures.isTransient(hibernate("55000")), "database not accepting connections");
        assertTrue(ConsumptionFailures.isTransient(hibernate("57P01")), "session terminated by the administrator");
        assertTrue(ConsumptionFailures.isTransient(hibernate("57P03")), "the database is starting up");
        assertTrue(ConsumptionFailures.isTransient(hibernate("53300")), "too many connections");
        assertTrue(ConsumptionFailures.isTransient(new ConnectException("Connection refused")));
        assertTrue(ConsumptionFailures.isTransient(new SQLTransientConnectionException("gone")));
    }

    @Test
    void aPoolAcquisitionTimeoutIsTransient() {
        assertTrue(ConsumptionFailures.isTransient(new PersistenceException(
                new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(ConsumptionFailures.isTransient(new PersistenceException(
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()))));
    }

    @Test
    void lockConflictsSerializationFailuresAndDeadlocksAreTransient() {
        assertTrue(ConsumptionFailures.isTransient(hibernate("40001")), "serialization failure");
        assertTrue(ConsumptionFailures.isTransient(hibernate("40P01")), "deadlock");
        assertTrue(ConsumptionFailures.isTransient(hibernate("55P03")), "lock not available");
        assertTrue(ConsumptionFailures.isTransient(new jakarta.persistence.LockTimeoutException("lock")));
        assertTrue(ConsumptionFailures.isTransient(new jakarta.persistence.QueryTimeoutException("slow")));
    }

    @Test
    void kafkasRetriableErrorsAreTransient() {
        assertTrue(ConsumptionFailures.isTransient(new IllegalStateException("Kafka did not answer",
                new ExecutionException(new org.apache.kafka.common.errors.TimeoutException("no broker")))));
        assertTrue(ConsumptionFailures.isTransient(new org.apache.kafka.common.errors.NotLeaderOrFollowerException("x")));
    }

    @Test
    void recordsThatCanNeverApplyArePermanent() {
        assertFalse(ConsumptionFailures.isTransient(new MalformedEventException("missing header ce_id")));
        assertFalse(ConsumptionFailures.isTransient(new EventRejectedException("GroupFormed lacks formedOn")));
        assertFalse(ConsumptionFailures.isTransient(hibernate("22008")), "date out of PostgreSQL's range");
        assertFalse(ConsumptionFailures.isTransient(hibernate("22001")), "value too long");
        assertFalse(ConsumptionFailures.isTransient(hibernate("23514")), "check constraint");
        assertFalse(ConsumptionFailures.isTransient(hibernate("23505")), "unique constraint");
    }

    @Test
    void aPermanentCauseAnywhereInTheChainWinsOverATransientWrapper() {
        assertFalse(ConsumptionFailures.isTransient(new SQLTransientConnectionException("retry",
                new SQLException("date/time field value out of range", "22008"))));
    }

    @Test
    void aFailureNobodyForesawIsPermanentSoThatItCannotStopConsumption() {
        assertFalse(ConsumptionFailures.isTransient(new NullPointerException()));
        assertFalse(ConsumptionFailures.isTransient(new IllegalArgumentException("odd")));
        assertFalse(ConsumptionFailures.isTransient(hibernate("42P01")), "undefined table");
    }
}
