package org.hamkori.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
 * Projects centers.events. Descriptive fields move only to a later {@code ce_sequence}; status changes are kept
 * with their dates and sequence, and a centre's status is its latest change, so a late or replayed event cannot
 * roll it back, whatever the order of arrival.
 */
@ApplicationScoped
public class CenterProjector {

    void apply(ReadModelWrites writes, InboundEvent event) {
        long sequence = event.sequence();
        Object payload = event.payload();
        if (payload instanceof CenterRegistered e) {
            details(writes, e.centerId(), sequence, e.regionCode(), e.districtCode(), e.constructionType(),
                    e.fundingPartners(), event.time().atOffset(ZoneOffset.UTC).toLocalDate());
        } else if (payload instanceof CenterDetailsChanged e) {
            details(writes, e.centerId(), sequence, e.regionCode(), e.districtCode(), e.constructionType(),
                    e.fundingPartners(), null);
        } else if (payload instanceof CenterOpened e) {
            details(writes, e.centerId(), sequence, e.regionCode(), e.districtCode(), e.constructionType(),
                    e.fundingPartners(), null);
            change(writes, e.centerId(), sequence, "OPENED", "OPEN", e.openedOn(), null);
        } else if (payload instanceof CenterRenovationStarted e) {
            change(writes, e.centerId(), sequence, "RENOVATION_STARTED", "UNDER_RENOVATION", e.startedOn(), null);
        } else if (payload instanceof CenterRenovated e) {
            change(writes, e.centerId(), sequence, "RENOVATED", "OPEN", e.completedOn(), e.fundingPartners());
        } else if (payload instanceof CenterClosed e) {
            change(writes, e.centerId(), sequence, "CLOSED", "CLOSED", e.closedOn(), null);
        }
    }

    /**
     * The event with the highest sequence sets region, district, type and funding partners; the registration date is
     * kept once known.
     */
    private static void details(ReadModelWrites writes, UUID centerId, long sequence, String regionCode,
            String districtCode, ConstructionType constructionType, List<String> fundingPartners,
            LocalDate registeredOn) {
        writes.add("""
                INSERT INTO {rm}.center AS c (center_id, region_code, district_code, construction_type, registered_on,
                                              details_sequence, funding_partners)
                VALUES (?, ?, ?, ?, CAST(? AS date), ?, string_to_array(CAST(? AS text), ','))
                ON CONFLICT (center_id) DO UPDATE SET
                    region_code = CASE WHEN EXCLUDED.details_sequence > c.details_sequence
                                       THEN EXCLUDED.region_code ELSE c.region_code END,
                    district_code = CASE WHEN EXCLUDED.details_sequence > c.details_sequence
                                         THEN EXCLUDED.district_code ELSE c.district_code END,
                    construction_type = CASE WHEN EXCLUDED.details_sequence > c.details_sequence
                                             THEN EXCLUDED.construction_type ELSE c.construction_type END,
                    funding_partners = CASE WHEN EXCLUDED.details_sequence > c.details_sequence
                                            THEN EXCLUDED.funding_partners ELSE c.funding_partners END,
                    details_sequence = GREATEST(EXCLUDED.details_sequence, c.details_sequence),
                    registered_on = COALESCE(c.registered_on, EXCLUDED.registered_on)
                """, centerId, regionCode, districtCode, constructionType.name(), registeredOn, sequence,
                partners(fundingPartners));
    }

    /**
     * The centre's row first (a change may arrive before the registration), then the change, in one statement; a
     * renovation keeps the partners who funded it, who are the centre's partners too.
     */
    private static void change(ReadModelWrites writes, UUID centerId, long sequence, String change, String status,
            LocalDate effectiveOn, List<String> fundingPartners) {
        writes.add("""
                WITH known AS (
                    INSERT INTO {rm}.center (center_id, details_sequence) VALUES (?, -1) ON CONFLICT (center_id) DO NOTHING)
                INSERT INTO {rm}.center_change (center_id, sequence, change, status, effective_on, funding_partners)
                VALUES (?, ?, ?, ?, ?, string_to_array(CAST(? AS text), ','))
                ON CONFLICT (center_id, sequence) DO NOTHING
                """, centerId, centerId, sequence, change, status, effectiveOn, partners(fundingPartners));
    }

    /** Partner codes ({@code [A-Z][A-Z0-9_]+}) joined for {@code string_to_array}; null when the event names none. */
    private static String partners(List<String> fundingPartners) {
        return fundingPartners == null ? null : String.join(",", fundingPartners);
    }
}
