package org.hamkori.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.hamkori.contract.centers.CenterClosed;
import org.hamkori.contract.centers.CenterDetailsChanged;
import org.hamkori.contract.centers.CenterOpened;
import org.hamkori.contract.centers.CenterRegistered;
import org.hamkori.contract.centers.CenterRenovated;
import org.hamkori.contract.centers.CenterRenovationStarted;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.kit.inbox.InboundEvent;

/**
 * Projects centers.events onto {@code rm_center}. A centre's state only moves forward by
 * {@code ce_sequence}, so a late or replayed event cannot roll it back; counts of events
 * (completed renovations) are kept exactly once by the inbox's deduplication.
 */
@ApplicationScoped
public class CenterProjector {

    @Inject
    EntityManager entityManager;

    public void apply(InboundEvent event) {
        Object payload = event.payload();
        long sequence = event.sequence();
        if (payload instanceof CenterRegistered e) {
            upsert(e.centerId(), sequence, null, e.regionCode(), e.districtCode(), e.constructionType());
        } else if (payload instanceof CenterDetailsChanged e) {
            upsert(e.centerId(), sequence, null, e.regionCode(), e.districtCode(), e.constructionType());
        } else if (payload instanceof CenterOpened e) {
            upsert(e.centerId(), sequence, "OPEN", e.regionCode(), e.districtCode(), e.constructionType());
        } else if (payload instanceof CenterRenovationStarted e) {
            upsert(e.centerId(), sequence, "UNDER_RENOVATION", null, null, null);
        } else if (payload instanceof CenterRenovated e) {
            upsert(e.centerId(), sequence, "OPEN", null, null, null);
            entityManager.createNativeQuery(
                    "UPDATE rm_center SET renovations_completed = renovations_completed + 1 WHERE center_id = :id")
                    .setParameter("id", e.centerId()).executeUpdate();
        } else if (payload instanceof CenterClosed e) {
            upsert(e.centerId(), sequence, "CLOSED", null, null, null);
        }
    }

    /** Null arguments keep what is known; the row moves only to a later sequence. */
    private void upsert(UUID centerId, long sequence, String status, String regionCode, String districtCode,
            ConstructionType constructionType) {
        entityManager.createNativeQuery("""
                INSERT INTO rm_center (center_id, region_code, district_code, construction_type, status, last_sequence)
                VALUES (:id, CAST(:region AS varchar), CAST(:district AS varchar), CAST(:type AS varchar),
                        COALESCE(CAST(:status AS varchar), 'PLANNED'), :sequence)
                ON CONFLICT (center_id) DO UPDATE SET
                    region_code = COALESCE(EXCLUDED.region_code, rm_center.region_code),
                    district_code = COALESCE(EXCLUDED.district_code, rm_center.district_code),
                    construction_type = COALESCE(EXCLUDED.construction_type, rm_center.construction_type),
                    status = COALESCE(CAST(:status AS varchar), rm_center.status),
                    last_sequence = EXCLUDED.last_sequence
                WHERE rm_center.last_sequence < EXCLUDED.last_sequence
                """)
                .setParameter("id", centerId)
                .setParameter("region", regionCode)
                .setParameter("district", districtCode)
                .setParameter("type", constructionType == null ? null : constructionType.name())
                .setParameter("status", status)
                .setParameter("sequence", sequence)
                .executeUpdate();
    }
}
