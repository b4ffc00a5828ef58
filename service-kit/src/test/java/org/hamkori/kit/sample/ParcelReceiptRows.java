package org.hamkori.kit.sample;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** What the test service's consumer recorded, read straight from its database. */
@ApplicationScoped
public class ParcelReceiptRows {

    @Inject
    EntityManager entityManager;

    /** How many times the event was applied. */
    public long ofEvent(UUID eventId) {
        return count("event_id", eventId);
    }

    /** How many events about the parcel were applied. */
    public long ofParcel(UUID parcel) {
        return count("parcel_id", parcel);
    }

    /** A parcel written as if it had always been there (e.g. to fix the cause of a dead letter). */
    public void insertParcel(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO parcel (id, code, label, weight_grams, version)
                        VALUES (:id, 'P-LATE', 'Registered late', 500, 0)
                        """).setParameter("id", id).executeUpdate());
    }

    private long count(String column, UUID value) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM parcel_receipt WHERE " + column + " = :value")
                .setParameter("value", value).getSingleResult()).longValue());
    }
}
