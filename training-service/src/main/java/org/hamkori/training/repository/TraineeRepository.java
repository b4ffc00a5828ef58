package org.hamkori.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hamkori.contract.Sex;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.kit.repository.QueryFilter;
import org.hamkori.training.NameKey;
import org.hamkori.training.RegisteredTrainee;
import org.hamkori.training.Trainee;

@ApplicationScoped
public class TraineeRepository implements PanacheRepositoryBase<Trainee, UUID> {

    private static final Pattern NAME_LIKE = Pattern.compile("[\\p{L}\\p{M} '’-]+");

    /**
     * {@code nameFragment} matches anywhere in the name, in any case; a fragment made of letters (a name or part of
     * one) also matches the name in any script or spelling ({@link NameKey}): Rahimzoda finds Раҳимзода.
     * {@code regions}: only trainees of these regions (a region-scoped caller's), or null for every region.
     */
    public record Filter(String nameFragment, TraineeCategory category, Sex sex, String regionCode,
            String districtCode, Set<String> regions) {
    }

    public PanacheQuery<Trainee> search(Filter filter) {
        String namePattern = filter.nameFragment() == null ? null
                : "%" + escapeLike(Trainee.searchable(filter.nameFragment())) + "%";
        String keyPattern = isNameLike(filter.nameFragment()) ? "%" + Trainee.nameKeyOf(filter.nameFragment()) + "%" : null;
        QueryFilter where = new QueryFilter()
                .where(keyPattern == null ? "searchName like :name escape '!'"
                        : "(searchName like :name escape '!' or nameKey like :nameKey)", "name", namePattern)
                .equal("category", filter.category())
                .equal("sex", filter.sex())
                .equal("regionCode", filter.regionCode())
                .equal("districtCode", filter.districtCode())
                .in("regionCode", filter.regions());
        if (keyPattern != null) {
            where.parameters().and("nameKey", keyPattern);
        }
        return find(where.query(), Sort.by("searchName").and("id"), where.parameters());
    }

    /**
     * The trainees born in any of {@code birthYears}: those a register's rows may duplicate, as only what tells people
     * apart (thousands of them, neither loaded as entities nor watched for changes).
     */
    public List<RegisteredTrainee> bornIn(Collection<Integer> birthYears) {
        return birthYears.isEmpty() ? List.of() : getEntityManager().createQuery("SELECT new "
                + RegisteredTrainee.class.getName() + "(t.id, t.fullName, t.nameKey, t.birthYear, t.districtCode)"
                + " FROM Trainee t WHERE t.birthYear IN :years", RegisteredTrainee.class)
                .setParameter("years", birthYears).getResultList();
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

    /** Letters, spaces, hyphens and apostrophes, with a letter a key keeps: a name, not a code or a number. */
    private static boolean isNameLike(String fragment) {
        return fragment != null && NAME_LIKE.matcher(fragment).matches() && !Trainee.nameKeyOf(fragment).isEmpty();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
