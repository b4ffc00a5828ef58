package org.hamkori.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hamkori.contract.Sex;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.kit.repository.QueryFilter;
import org.hamkori.training.Trainee;

@ApplicationScoped
public class TraineeRepository implements PanacheRepositoryBase<Trainee, UUID> {

    /** {@code nameFragment} matches anywhere in the name, in any case. */
    public record Filter(String nameFragment, TraineeCategory category, Sex sex, String regionCode,
            String districtCode) {
    }

    public PanacheQuery<Trainee> search(Filter filter) {
        String namePattern = filter.nameFragment() == null ? null
                : "%" + escapeLike(Trainee.searchable(filter.nameFragment())) + "%";
        QueryFilter where = new QueryFilter()
                .where("searchName like :name escape '!'", "name", namePattern)
                .equal("category", filter.category())
                .equal("sex", filter.sex())
                .equal("regionCode", filter.regionCode())
                .equal("districtCode", filter.districtCode());
        return find(where.query(), Sort.by("searchName").and("id"), where.parameters());
    }

    public Map<UUID, Trainee> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of()
                : list("id in ?1", ids).stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
    }

    /**
     * The trainees among {@code ids} that exist, locked in id order (so that concurrent requests cannot
     * deadlock) until the transaction ends: certifying them is then one request at a time.
     */
    public Map<UUID, Trainee> findForUpdate(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return find("id in ?1", Sort.by("id"), ids).withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .collect(Collectors.toMap(t -> t.id, Function.identity()));
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
