package org.hamkori.centers.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.centers.Center;
import org.hamkori.centers.CenterStatus;

@ApplicationScoped
public class CenterRepository implements PanacheRepositoryBase<Center, UUID> {

    public record Filter(String regionCode, String districtCode, CenterStatus status) {
    }

    public Optional<Center> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public PanacheQuery<Center> search(Filter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
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
        return find(where, Sort.by("code").and("id"), parameters).page(Page.of(page, size));
    }
}
