package org.hamkori.kit.sample.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.hamkori.kit.sample.Parcel;

@ApplicationScoped
public class ParcelRepository implements PanacheRepositoryBase<Parcel, UUID> {

    /** That the event about the parcel was applied (once more, if it ever were applied twice). */
    public void recordReceipt(UUID eventId, UUID parcel, long sequence) {
        getEntityManager().createNativeQuery(
                        "INSERT INTO parcel_receipt (event_id, parcel_id, sequence) VALUES (:event, :parcel, :sequence)")
                .setParameter("event", eventId).setParameter("parcel", parcel).setParameter("sequence", sequence)
                .executeUpdate();
    }
}
