package org.hamkori.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamkori.contract.training.CertificateRevoked;
import org.hamkori.contract.training.TraineeCertified;
import org.hamkori.contract.training.TrainingSessionCompleted;
import org.hamkori.contract.training.TrainingSessionScheduled;
import org.hamkori.kit.inbox.InboundEvent;

/**
 * Projects training.events. A certificate counts while it is known and not revoked; the counts per day and per
 * place change by one exactly when that flips, so a revocation that arrives before its certification, or a
 * certification delivered twice, leaves them right.
 */
@ApplicationScoped
public class TrainingProjector {

    @Inject
    EntityManager entityManager;

    public void apply(Generation generation, InboundEvent event) {
        Object payload = event.payload();
        if (payload instanceof TrainingSessionScheduled e) {
            entityManager.createNativeQuery(generation.sql("""
                    INSERT INTO {rm}.training_session (session_id, course_code, region_code, district_code, partner_code)
                    VALUES (:session, :course, :region, :district, CAST(:partner AS text))
                    ON CONFLICT (session_id) DO UPDATE SET course_code = EXCLUDED.course_code,
                        region_code = EXCLUDED.region_code, district_code = EXCLUDED.district_code,
                        partner_code = EXCLUDED.partner_code
                    """))
                    .setParameter("session", e.sessionId())
                    .setParameter("course", e.courseCode())
                    .setParameter("region", e.regionCode())
                    .setParameter("district", e.districtCode())
                    .setParameter("partner", e.partnerCode())
                    .executeUpdate();
        } else if (payload instanceof TrainingSessionCompleted e) {
            entityManager.createNativeQuery(generation.sql("""
                    INSERT INTO {rm}.training_session (session_id, completed_on) VALUES (:session, :completedOn)
                    ON CONFLICT (session_id) DO UPDATE SET completed_on = EXCLUDED.completed_on
                    """))
                    .setParameter("session", e.sessionId())
                    .setParameter("completedOn", e.completedOn())
                    .executeUpdate();
        } else if (payload instanceof TraineeCertified e) {
            certified(generation, e);
            recount(generation, e.certificateId());
        } else if (payload instanceof CertificateRevoked e) {
            entityManager.createNativeQuery(generation.sql("""
                    INSERT INTO {rm}.certification (certificate_id, certificate_number, trainee_id, revoked_on)
                    VALUES (:certificate, :number, CAST(:trainee AS uuid), :revokedOn)
                    ON CONFLICT (certificate_id) DO UPDATE SET revoked_on = EXCLUDED.revoked_on
                    """))
                    .setParameter("certificate", e.certificateId())
                    .setParameter("number", e.certificateNumber())
                    .setParameter("trainee", e.traineeId())
                    .setParameter("revokedOn", e.revokedOn())
                    .executeUpdate();
            recount(generation, e.certificateId());
        }
    }

    /** The first TraineeCertified of a certificate sets what it counts under; a redelivery changes nothing. */
    private void certified(Generation generation, TraineeCertified e) {
        entityManager.createNativeQuery(generation.sql("""
                INSERT INTO {rm}.certification AS c (certificate_id, certificate_number, trainee_id, session_id,
                    course_code, category, sex, age_band, region_code, district_code, partner_code, certified_on)
                VALUES (:certificate, :number, CAST(:trainee AS uuid), CAST(:session AS uuid), :course, :category, :sex,
                    :ageBand, :region, :district, CAST(:partner AS text), :certifiedOn)
                ON CONFLICT (certificate_id) DO UPDATE SET certificate_number = EXCLUDED.certificate_number,
                    trainee_id = EXCLUDED.trainee_id, session_id = EXCLUDED.session_id, course_code = EXCLUDED.course_code,
                    category = EXCLUDED.category, sex = EXCLUDED.sex, age_band = EXCLUDED.age_band,
                    region_code = EXCLUDED.region_code, district_code = EXCLUDED.district_code,
                    partner_code = EXCLUDED.partner_code, certified_on = EXCLUDED.certified_on
                WHERE c.certified_on IS NULL
                """))
                .setParameter("certificate", e.certificateId())
                .setParameter("number", e.certificateNumber())
                .setParameter("trainee", e.traineeId())
                .setParameter("session", e.sessionId())
                .setParameter("course", e.courseCode())
                .setParameter("category", e.category().name())
                .setParameter("sex", e.sex().name())
                .setParameter("ageBand", e.ageBand().code())
                .setParameter("region", e.regionCode())
                .setParameter("district", e.districtCode())
                .setParameter("partner", e.partnerCode())
                .setParameter("certifiedOn", e.certifiedOn())
                .executeUpdate();
    }

    private static LocalDate localDate(Object date) {
        return date instanceof LocalDate local ? local : ((java.sql.Date) date).toLocalDate();
    }

    /** Flips {@code counted} if it no longer holds and moves the certificate's cells by one. */
    private void recount(Generation generation, UUID certificateId) {
        @SuppressWarnings("unchecked")
        List<Object[]> flipped = entityManager.createNativeQuery(generation.sql("""
                UPDATE {rm}.certification SET counted = NOT counted
                WHERE certificate_id = :certificate
                  AND counted <> (certified_on IS NOT NULL AND revoked_on IS NULL)
                RETURNING counted, certified_on, region_code, district_code, category, sex, age_band, partner_code,
                          course_code
                """))
                .setParameter("certificate", certificateId)
                .getResultList();
        for (Object[] row : flipped) {
            long delta = (Boolean) row[0] ? 1 : -1;
            entityManager.createNativeQuery(generation.sql("""
                    INSERT INTO {rm}.certification_daily (certified_on, region_code, district_code, category, sex,
                        age_band, partner_code, course_code, certified)
                    VALUES (:certifiedOn, :region, :district, :category, :sex, :ageBand, CAST(:partner AS text),
                        :course, :delta)
                    ON CONFLICT (certified_on, region_code, district_code, category, sex, age_band, partner_code,
                        course_code)
                    DO UPDATE SET certified = certification_daily.certified + EXCLUDED.certified
                    """))
                    .setParameter("certifiedOn", row[1])
                    .setParameter("region", row[2])
                    .setParameter("district", row[3])
                    .setParameter("category", row[4])
                    .setParameter("sex", row[5])
                    .setParameter("ageBand", row[6])
                    .setParameter("partner", row[7])
                    .setParameter("course", row[8])
                    .setParameter("delta", delta)
                    .executeUpdate();
            entityManager.createNativeQuery(generation.sql("""
                    INSERT INTO {rm}.certification_place (region_code, district_code, category, sex, certified)
                    VALUES (:region, :district, :category, :sex, :delta)
                    ON CONFLICT (region_code, district_code, category, sex)
                    DO UPDATE SET certified = certification_place.certified + EXCLUDED.certified
                    """))
                    .setParameter("region", row[2])
                    .setParameter("district", row[3])
                    .setParameter("category", row[4])
                    .setParameter("sex", row[5])
                    .setParameter("delta", delta)
                    .executeUpdate();
            entityManager.createNativeQuery(generation.sql("""
                    INSERT INTO {rm}.certification_place_monthly (certified_month, region_code, district_code, category,
                        sex, certified)
                    VALUES (:month, :region, :district, :category, :sex, :delta)
                    ON CONFLICT (certified_month, region_code, district_code, category, sex)
                    DO UPDATE SET certified = certification_place_monthly.certified + EXCLUDED.certified
                    """))
                    .setParameter("month", localDate(row[1]).withDayOfMonth(1))
                    .setParameter("region", row[2])
                    .setParameter("district", row[3])
                    .setParameter("category", row[4])
                    .setParameter("sex", row[5])
                    .setParameter("delta", delta)
                    .executeUpdate();
        }
    }
}
