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
 * The targets are one field, each keyed by what it measures ({@code {"2021 centers.open": 54,
 * "2021 training.female/training.certified partner=SAFERWORLD": 30, …}}), so that the audit trail, which records the
 * fields a write changed, shows every target before and after a change, removed ones included (SPEC §11). A key
 * without a denominator is a count, as every target was before shares; one with a denominator is a share in percent.
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

    public enum Kind { COUNT, SHARE }

    /**
     * A count of {@code indicator}, or for a share the percentage {@code indicator} makes of {@code denominator} (e.g.
     * {@code training.female} of {@code training.certified}), in {@code year}; of the records of one phase, partner
     * and region, or of the whole programme where those are null.
     */
    public record Target(Indicator indicator, int year, long target, Indicator denominator, String phase,
            String partnerCode, String regionCode) {

        private static final String PHASE = "phase=";
        private static final String PARTNER = "partner=";
        private static final String REGION = "region=";

        public Kind kind() {
            return denominator == null ? Kind.COUNT : Kind.SHARE;
        }

        /** What the target measures, its key in the document; two targets of one key are one too many. */
        public String key() {
            StringBuilder key = new StringBuilder().append(year).append(' ').append(indicator.path());
            if (denominator != null) {
                key.append('/').append(denominator.path());
            }
            if (phase != null) {
                key.append(' ').append(PHASE).append(phase);
            }
            if (partnerCode != null) {
                key.append(' ').append(PARTNER).append(partnerCode);
            }
            if (regionCode != null) {
                key.append(' ').append(REGION).append(regionCode);
            }
            return key.toString();
        }

        static Target of(String key, long target) {
            String[] parts = key.split(" ");
            String[] measured = parts[1].split("/", 2);
            String phase = null;
            String partner = null;
            String region = null;
            for (int i = 2; i < parts.length; i++) {
                if (parts[i].startsWith(PHASE)) {
                    phase = parts[i].substring(PHASE.length());
                } else if (parts[i].startsWith(PARTNER)) {
                    partner = parts[i].substring(PARTNER.length());
                } else if (parts[i].startsWith(REGION)) {
                    region = parts[i].substring(REGION.length());
                }
            }
            return new Target(Indicator.byPath(measured[0]).orElseThrow(), Integer.parseInt(parts[0]), target,
                    measured.length == 2 ? Indicator.byPath(measured[1]).orElseThrow() : null, phase, partner, region);
        }
    }

    /**
     * Sorted by year, then in the order of the overview's indicators, then by what else they measure; {@code year}
     * null for every year.
     */
    public List<Target> targets(Integer year) {
        return targets.entrySet().stream()
                .map(entry -> Target.of(entry.getKey(), entry.getValue()))
                .filter(t -> year == null || t.year() == year)
                .sorted(Comparator.comparingInt(Target::year).thenComparing(Target::indicator)
                        .thenComparing(Target::key))
                .toList();
    }

    /** Replaces every target; false, and the set stays as it is (its version too), when they are the same. */
    public boolean replace(List<Target> replacement) {
        Map<String, Long> keyed = new TreeMap<>();
        replacement.forEach(t -> keyed.put(t.key(), t.target()));
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
}
