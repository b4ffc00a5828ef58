package org.hamkori.centers.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hamkori.centers.Center;
import org.hamkori.centers.CenterStatus;
import org.hamkori.kit.repository.QueryFilter;

@ApplicationScoped
public class CenterRepository implements PanacheRepositoryBase<Center, UUID> {

    /** {@code regions}: only centres in these regions (a region-scoped caller's), or null for every region. */
    public record Filter(String regionCode, String districtCode, CenterStatus status, Set<String> regions) {
    }

    /** The id of the centre that has {@code code}, if one has: only the id is read, no centre is loaded. */
    public Optional<UUID> idByCode(String code) {
        return getEntityManager().createQuery("SELECT c.id FROM Center c WHERE c.code = :code", UUID.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public PanacheQuery<Center> search(Filter filter) {
        QueryFilter where = new QueryFilter()
                .equal("regionCode", filter.regionCode())
                .equal("districtCode", filter.districtCode())
                .equal("status", filter.status())
                .in("regionCode", filter.regions());
        return find(where.query(), Sort.by("code").and("id"), where.parameters());
    }
}
