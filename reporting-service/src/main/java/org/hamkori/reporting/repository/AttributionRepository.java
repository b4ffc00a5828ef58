package org.hamkori.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hamkori.reporting.Generation;

/** Whose records the read model holds (SPEC §7): the partners that centres, groups, sessions and certificates name. */
@ApplicationScoped
public class AttributionRepository {

    @Inject
    EntityManager entityManager;

    /** Every partner code a record is attributed to. */
    public List<String> partners(Generation generation) {
        @SuppressWarnings("unchecked")
        List<String> partners = entityManager.createNativeQuery(generation.sql("""
                SELECT unnest(funding_partners) FROM {rm}.center
                UNION SELECT unnest(funding_partners) FROM {rm}.center_change WHERE change = 'RENOVATED'
                UNION SELECT facilitating_partner FROM {rm}.group_info WHERE facilitating_partner IS NOT NULL
                UNION SELECT partner_code FROM {rm}.training_session WHERE partner_code IS NOT NULL
                UNION SELECT DISTINCT partner_code FROM {rm}.certification WHERE partner_code IS NOT NULL
                """)).getResultList();
        return partners;
    }
}
