package org.hamkori.reporting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hamkori.kit.domain.VersionedAggregate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The programme's targets per indicator and year: one document, replaced as a whole, whose version is its ETag.
 * The targets are one field ({@code {"2021 centers.open": 54, …}}) so that the audit trail, which records the fields a
 * write changed, shows every target before and after a change, removed ones included (SPEC §11).
 */
@Entity
@Table(name = "programme_target_set")
public class ProgrammeTargets implements VersionedAggregate {

    /** The programme has one set of targets. */
    public static final int THE_SET = 1;

    @Id
    Integer id;

    @Version
    long version;

    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, Long> targets = new TreeMap<>();

    public record Target(Indicator indicator, int year, long target) {
    }

    /** Sorted by year, then in the order of the overview's indicators; {@code year} null for every year. */
    public List<Target> targets(Integer year) {
        return targets.entrySet().stream()
                .map(ProgrammeTargets::target)
                .filter(t -> year == null || t.year() == year)
                .sorted(Comparator.comparingInt(Target::year).thenComparing(Target::indicator))
                .toList();
    }

    /** Replaces every target; false, and the set stays as it is (its version too), when they are the same. */
    public boolean replace(List<Target> replacement) {
        Map<String, Long> keyed = new TreeMap<>();
        replacement.forEach(t -> keyed.put(t.year() + " " + t.indicator().path(), t.target()));
        if (keyed.equals(targets)) {
            return false;
        }
        targets = keyed;
        return true;
    }

    @Override
    public long currentVersion() {
        return version;
    }

    private static Target target(Map.Entry<String, Long> entry) {
        String[] yearAndIndicator = entry.getKey().split(" ", 2);
        return new Target(Indicator.byPath(yearAndIndicator[1]).orElseThrow(), Integer.parseInt(yearAndIndicator[0]),
                entry.getValue());
    }
}
