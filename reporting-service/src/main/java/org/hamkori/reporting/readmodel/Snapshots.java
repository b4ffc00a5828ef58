package org.hamkori.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Statement;
import org.hibernate.Session;

/**
 * Makes the current transaction see one snapshot of the database, so that a report's several queries (or a
 * comparison of two generations) agree with each other. Must be the transaction's first statement.
 */
@ApplicationScoped
public class Snapshots {

    @Inject
    EntityManager entityManager;

    public void readOnly() {
        setTransaction("ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }

    public void repeatableRead() {
        setTransaction("ISOLATION LEVEL REPEATABLE READ");
    }

    /** Straight on the transaction's connection: a report answered from the cache does little else. */
    private void setTransaction(String characteristics) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION " + characteristics);
            }
        });
    }
}
