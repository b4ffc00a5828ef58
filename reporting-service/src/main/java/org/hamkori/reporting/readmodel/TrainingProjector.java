package org.hamkori.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
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

    void apply(ReadModelWrites writes, InboundEvent event) {
        Object payload = event.payload();
        if (payload instanceof TrainingSessionScheduled e) {
            writes.add("""
                    INSERT INTO {rm}.training_session (session_id, course_code, region_code, district_code, partner_code)
                    VALUES (?, ?, ?, ?, CAST(? AS text))
                    ON CONFLICT (session_id) DO UPDATE SET course_code = EXCLUDED.course_code,
                        region_code = EXCLUDED.region_code, district_code = EXCLUDED.district_code,
                        partner_code = EXCLUDED.partner_code
                    """, e.sessionId(), e.courseCode(), e.regionCode(), e.districtCode(), e.partnerCode());
        } else if (payload instanceof TrainingSessionCompleted e) {
            writes.add("""
                    INSERT INTO {rm}.training_session (session_id, completed_on) VALUES (?, ?)
                    ON CONFLICT (session_id) DO UPDATE SET completed_on = EXCLUDED.completed_on
                    """, e.sessionId(), e.completedOn());
        } else if (payload instanceof TraineeCertified e) {
            certified(writes, e);
            recount(writes, e.certificateId());
        } else if (payload instanceof CertificateRevoked e) {
            writes.add("""
                    INSERT INTO {rm}.certification (certificate_id, certificate_number, trainee_id, revoked_on)
                    VALUES (?, ?, CAST(? AS uuid), ?)
                    ON CONFLICT (certificate_id) DO UPDATE SET revoked_on = EXCLUDED.revoked_on
                    """, e.certificateId(), e.certificateNumber(), e.traineeId(), e.revokedOn());
            recount(writes, e.certificateId());
        }
    }

    /** The first TraineeCertified of a certificate sets what it counts under; a redelivery changes nothing. */
    private static void certified(ReadModelWrites writes, TraineeCertified e) {
        writes.add("""
                INSERT INTO {rm}.certification AS c (certificate_id, certificate_number, trainee_id, session_id,
                    course_code, category, sex, age_band, region_code, district_code, partner_code, certified_on)
                VALUES (?, ?, CAST(? AS uuid), CAST(? AS uuid), ?, ?, ?, ?, ?, ?, CAST(? AS text), ?)
                ON CONFLICT (certificate_id) DO UPDATE SET certificate_number = EXCLUDED.certificate_number,
                    trainee_id = EXCLUDED.trainee_id, session_id = EXCLUDED.session_id, course_code = EXCLUDED.course_code,
                    category = EXCLUDED.category, sex = EXCLUDED.sex, age_band = EXCLUDED.age_band,
                    region_code = EXCLUDED.region_code, district_code = EXCLUDED.district_code,
                    partner_code = EXCLUDED.partner_code, certified_on = EXCLUDED.certified_on
                WHERE c.certified_on IS NULL
                """, e.certificateId(), e.certificateNumber(), e.traineeId(), e.sessionId(), e.courseCode(),
                e.category().name(), e.sex().name(), e.ageBand().code(), e.regionCode(), e.districtCode(),
                e.partnerCode(), e.certifiedOn());
    }

    /** Flips {@code counted} if it no longer holds and moves the certificate's cells by one, in one statement. */
    private static void recount(ReadModelWrites writes, UUID certificateId) {
        writes.add("""
                WITH flipped AS (
                    UPDATE {rm}.certification SET counted = NOT counted
                    WHERE certificate_id = ?
                      AND counted <> (certified_on IS NOT NULL AND revoked_on IS NULL)
                    RETURNING CASE WHEN counted THEN 1 ELSE -1 END AS delta, certified_on, region_code, district_code,
                              category, sex, age_band, partner_code, course_code),
                daily AS (
                    INSERT INTO {rm}.certification_daily (certified_on, region_code, district_code, category, sex,
                        age_band, partner_code, course_code, certified)
                    SELECT certified_on, region_code, district_code, category, sex, age_band, partner_code,
                        course_code, delta
                    FROM flipped
                    ON CONFLICT (certified_on, region_code, district_code, category, sex, age_band, partner_code,
                        course_code)
                    DO UPDATE SET certified = certification_daily.certified + EXCLUDED.certified),
                place AS (
                    INSERT INTO {rm}.certification_place (region_code, district_code, category, sex, certified)
                    SELECT region_code, district_code, category, sex, delta FROM flipped
                    ON CONFLICT (region_code, district_code, category, sex)
                    DO UPDATE SET certified = certification_place.certified + EXCLUDED.certified)
                INSERT INTO {rm}.certification_place_monthly (certified_month, region_code, district_code, category,
                    sex, certified)
                SELECT CAST(date_trunc('month', certified_on) AS date), region_code, district_code, category, sex,
                    delta
                FROM flipped
                ON CONFLICT (certified_month, region_code, district_code, category, sex)
                DO UPDATE SET certified = certification_place_monthly.certified + EXCLUDED.certified
                """, certificateId);
    }
}
