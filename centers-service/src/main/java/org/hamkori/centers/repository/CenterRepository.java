package org.hamkori.centers.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.centers.Center;
import org.hamkori.centers.CenterStatus;
import org.hamkori.kit.repository.QueryFilter;

@ApplicationScoped
public class CenterRepository implements PanacheRepositoryBase<Center, UUID> {

    public record Filter(String regionCode, String districtCode, CenterStatus status) {
    }

    public Optional<Center> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public PanacheQuery<Center> search(Filter filter) {
        QueryFilter where = new QueryFilter()
                .equal("regionCode", filter.regionCode())
                .equal("districtCode", filter.districtCode())
                .equal("status", filter.status());
        return find(where.query(), Sort.by("code").and("id"), where.parameters());
    }
}
