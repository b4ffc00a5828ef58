package org.hamkori.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamkori.contract.centers.CenterClosed;
import org.hamkori.contract.centers.CenterDetailsChanged;
import org.hamkori.contract.centers.CenterOpened;
import org.hamkori.contract.centers.CenterRegistered;
import org.hamkori.contract.centers.CenterRenovated;
import org.hamkori.contract.centers.CenterRenovationStarted;
import org.hamkori.kit.inbox.InboundEvent;
import org.hamkori.kit.inbox.InboxHandler;

/** Keeps {@code center_replica} current; a centre's row only moves forward by {@code ce_sequence}. */
@ApplicationScoped
public class CenterReplicaProjector implements InboxHandler {

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "mp.messaging.incoming.centers-events.topic")
    String topic;

    @Override
    public Set<String> topics() {
        return Set.of(topic);
    }

    @Override
    public void apply(InboundEvent event) {
        Object payload = event.payload();
        long sequence = event.sequence();
        if (payload instanceof CenterRegistered e) {
            upsert(e.centerId(), sequence, null, e.code(), e.name(), e.regionCode(), e.districtCode(), null);
        } else if (payload instanceof CenterDetailsChanged e) {
            upsert(e.centerId(), sequence, null, e.code(), e.name(), e.regionCode(), e.districtCode(), null);
        } else if (payload instanceof CenterOpened e) {
            upsert(e.centerId(), sequence, "OPEN", null, null, e.regionCode(), e.districtCode(), e.openedOn());
        } else if (payload instanceof CenterRenovationStarted e) {
            upsert(e.centerId(), sequence, "UNDER_RENOVATION", null, null, null, null, null);
        } else if (payload instanceof CenterRenovated e) {
            upsert(e.centerId(), sequence, "OPEN", null, null, null, null, null);
        } else if (payload instanceof CenterClosed e) {
            upsert(e.centerId(), sequence, "CLOSED", null, null, null, null, null);
        }
    }

    private void upsert(UUID centerId, long sequence, String status, String code, String name, String regionCode,
            String districtCode, LocalDate openedOn) {
        entityManager.createNativeQuery("""
                INSERT INTO center_replica (center_id, code, name, region_code, district_code, status, opened_on,
                        last_sequence)
                VALUES (:id, CAST(:code AS varchar), CAST(:name AS varchar), CAST(:region AS varchar),
                        CAST(:district AS varchar), COALESCE(CAST(:status AS varchar), 'PLANNED'),
                        CAST(:openedOn AS date), :sequence)
                ON CONFLICT (center_id) DO UPDATE SET
                    code = COALESCE(EXCLUDED.code, center_replica.code),
                    name = COALESCE(EXCLUDED.name, center_replica.name),
                    region_code = COALESCE(EXCLUDED.region_code, center_replica.region_code),
                    district_code = COALESCE(EXCLUDED.district_code, center_replica.district_code),
                    status = COALESCE(CAST(:status AS varchar), center_replica.status),
                    opened_on = COALESCE(EXCLUDED.opened_on, center_replica.opened_on),
                    last_sequence = EXCLUDED.last_sequence
                WHERE center_replica.last_sequence < EXCLUDED.last_sequence
                """)
                .setParameter("id", centerId)
                .setParameter("code", code)
                .setParameter("name", name)
                .setParameter("region", regionCode)
                .setParameter("district", districtCode)
                .setParameter("status", status)
                .setParameter("openedOn", openedOn == null ? null : openedOn.toString())
                .setParameter("sequence", sequence)
                .executeUpdate();
    }
}
