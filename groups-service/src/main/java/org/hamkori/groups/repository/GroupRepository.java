package org.hamkori.groups.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.hamkori.groups.Group;
import org.hamkori.groups.GroupStatus;
import org.hamkori.kit.repository.QueryFilter;

@ApplicationScoped
public class GroupRepository implements PanacheRepositoryBase<Group, UUID> {

    public record Filter(UUID centerId, String regionCode, String districtCode, GroupStatus status) {
    }

    public PanacheQuery<Group> search(Filter filter) {
        QueryFilter where = new QueryFilter()
                .equal("centerId", filter.centerId())
                .equal("regionCode", filter.regionCode())
                .equal("districtCode", filter.districtCode())
                .equal("status", filter.status());
        return find(where.query(), Sort.by("name").and("id"), where.parameters());
    }
}
