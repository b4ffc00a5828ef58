package org.hamkori.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.kit.reference.Place;

/** Answers from the local replica whether a centre exists and is open; never calls centers-service. */
@ApplicationScoped
public class CenterDirectory {

    @Inject
    EntityManager entityManager;

    public Optional<KnownCenter> find(UUID centerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT center_id, code, name, region_code, district_code, status, opened_on
                FROM center_replica WHERE center_id = :id
                """).setParameter("id", centerId).getResultList();
        return rows.stream().findFirst().map(r -> new KnownCenter((UUID) r[0], (String) r[1], (String) r[2],
                new Place((String) r[3], (String) r[4]), (String) r[5], toLocalDate(r[6])));
    }

    /** The centre, if known and OPEN; otherwise a 409 that says which of the two it is not. */
    public KnownCenter requireOpen(UUID centerId) {
        KnownCenter center = find(centerId).orElseThrow(() -> new BusinessRuleViolation(
                "Centre " + centerId + " is unknown here (no CenterRegistered/CenterOpened received for it)"));
        if (!"OPEN".equals(center.status())) {
            throw new BusinessRuleViolation("Centre " + centerId + " is " + center.status() + ", not OPEN");
        }
        if (center.place().districtCode() == null) {
            throw new BusinessRuleViolation("Centre " + centerId + " is not fully known here yet (its registration "
                    + "has not been received)");
        }
        return center;
    }

    private static LocalDate toLocalDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
