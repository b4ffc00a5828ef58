package org.hamkori.groups.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamkori.groups.Group;
import org.hamkori.groups.GroupStatus;

@ApplicationScoped
public class GroupRepository implements PanacheRepositoryBase<Group, UUID> {

    public record Filter(UUID centerId, String regionCode, String districtCode, GroupStatus status) {
    }

    public PanacheQuery<Group> search(Filter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.centerId() != null) {
            conditions.add("centerId = :centerId");
            parameters.and("centerId", filter.centerId());
        }
        if (filter.regionCode() != null) {
            conditions.add("regionCode = :regionCode");
            parameters.and("regionCode", filter.regionCode());
        }
        if (filter.districtCode() != null) {
            conditions.add("districtCode = :districtCode");
            parameters.and("districtCode", filter.districtCode());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where, Sort.by("name").and("id"), parameters).page(Page.of(page, size));
    }
}
