package org.hamkori.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hamkori.kit.repository.QueryFilter;
import org.hamkori.training.Session;
import org.hamkori.training.SessionStatus;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {

    /**
     * {@code from}/{@code to}: sessions held at least partly within the period. {@code regions}: only sessions in these
     * regions (a region-scoped caller's), or null for every region.
     */
    public record Filter(String courseCode, String regionCode, String districtCode, String partnerCode, UUID centerId,
            SessionStatus status, LocalDate from, LocalDate to, Set<String> regions) {
    }

    /** The session, locked until the transaction ends, so that enrolments and results apply one at a time. */
    public Optional<Session> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public PanacheQuery<Session> search(Filter filter) {
        QueryFilter where = new QueryFilter()
                .equal("courseCode", filter.courseCode())
                .equal("regionCode", filter.regionCode())
                .equal("districtCode", filter.districtCode())
                .equal("partnerCode", filter.partnerCode())
                .equal("centerId", filter.centerId())
                .equal("status", filter.status())
                .where("endsOn >= :from", "from", filter.from())
                .where("startsOn <= :to", "to", filter.to())
                .in("regionCode", filter.regions());
        return find(where.query(), Sort.by("startsOn", Sort.Direction.Descending).and("id"), where.parameters());
    }
}
