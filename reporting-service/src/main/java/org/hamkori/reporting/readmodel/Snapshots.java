package org.hamkori.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Makes the current transaction see one snapshot of the database, so that a report's several queries (or a
 * comparison of two generations) agree with each other. Must be the transaction's first statement.
 */
@ApplicationScoped
public class Snapshots {

    @Inject
    EntityManager entityManager;

    public void readOnly() {
        entityManager.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").executeUpdate();
    }

    public void repeatableRead() {
        entityManager.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").executeUpdate();
    }
}
