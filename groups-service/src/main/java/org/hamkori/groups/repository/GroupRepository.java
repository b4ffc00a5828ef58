package org.hamkori.groups.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.hamkori.groups.Group;
import org.hamkori.groups.GroupStatus;
import org.hamkori.kit.repository.QueryFilter;

@ApplicationScoped
public class GroupRepository implements PanacheRepositoryBase<Group, UUID> {

    /** {@code regions}: only groups in these regions (a region-scoped caller's), or null for every region. */
    public record Filter(UUID centerId, String regionCode, String districtCode, GroupStatus status,
            Set<String> regions) {
    }

    public PanacheQuery<Group> search(Filter filter) {
        QueryFilter where = new QueryFilter()
                .equal("centerId", filter.centerId())
                .equal("regionCode", filter.regionCode())
                .equal("districtCode", filter.districtCode())
                .equal("status", filter.status())
                .in("regionCode", filter.regions());
        return find(where.query(), Sort.by("name").and("id"), where.parameters());
    }
}
