package org.hamkori.reporting.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hamkori.contract.reference.Phases;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.kit.audit.AuditTrail;
import org.hamkori.kit.domain.ExpectedVersion;
import org.hamkori.kit.domain.FieldViolation;
import org.hamkori.kit.domain.InvalidValues;
import org.hamkori.reporting.Figures;
import org.hamkori.reporting.Indicator;
import org.hamkori.reporting.ProgrammeTargets;
import org.hamkori.reporting.ProgrammeTargets.Kind;
import org.hamkori.reporting.ProgrammeTargets.Target;
import org.hamkori.reporting.repository.TargetRepository;

/** Programme targets per indicator and year, and how far the actual figures have come towards them. */
@ApplicationScoped
public class TargetService {

    /** The audit entry's action of a change of targets, which publishes no event. */
    static final String TARGETS_REPLACED = "TargetsReplaced";

    private static final long WHOLE = 100;

    @Inject
    TargetRepository targets;

    @Inject
    AuditTrail audit;

    /**
     * A target as clients write and read it: the indicator by its path in the overview; a SHARE's {@code target} is a
     * percentage of {@code denominator}; {@code phase}, {@code partnerCode} and {@code regionCode} narrow the records
     * it counts (absent: the whole programme).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TargetItem(String indicator, Integer year, Long target, Kind kind, String denominator, String phase,
            String partnerCode, String regionCode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TargetSet(List<TargetItem> items, List<Progress> progress, long version) {

        public TargetSet withProgress(List<Progress> measured) {
            return new TargetSet(items, measured, version);
        }
    }

    /** Which records a target counts: a phase's, a partner's, a region's; null for the whole programme. */
    public record Scope(String phase, String partnerCode, String regionCode) {

        public boolean isProgramme() {
            return phase == null && partnerCode == null && regionCode == null;
        }
    }

    /**
     * A target beside its actual figure. For a COUNT, {@code actual} is the figure; for a SHARE, {@code actual} is the
     * numerator's figure, {@code denominatorActual} the denominator's and {@code share} the percentage the one makes of
     * the other (null when the denominator is zero). {@code percentage}: how much of the target is reached (the count,
     * or the share, over the target), one decimal; null for a target of zero.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Progress(String indicator, int year, Kind kind, String denominator, String phase,
            String partnerCode, String regionCode, long target, long actual, Long denominatorActual, BigDecimal share,
            BigDecimal percentage) {
    }

    public record YearProgress(int year, List<Progress> items) {
    }

    @Transactional
    public TargetSet find(Integer year) {
        ProgrammeTargets set = targets.read();
        return new TargetSet(set.targets(year).stream().map(TargetService::item).toList(), null,
                set.currentVersion());
    }

    /**
     * Replaces every target (If-Match against the set's version), recording who did it and every target before
     * and after in the audit trail; a rejected set changes nothing, and so does the set already in place (its
     * version stays, and no entry is written). A target's partner must be one of {@code knownPartners}.
     */
    @Transactional
    public TargetSet replace(List<TargetItem> items, Set<String> knownPartners, ExpectedVersion expected) {
        List<Target> valid = validate(items, knownPartners);
        ProgrammeTargets set = targets.lock();
        expected.check(set.currentVersion());
        if (set.replace(valid)) {
            audit.record(set, TARGETS_REPLACED); // flushes: the set has its new version
        }
        return new TargetSet(set.targets(null).stream().map(TargetService::item).toList(), null,
                set.currentVersion());
    }

    /** The years that have targets, for the progress of every target. */
    public List<Integer> years() {
        return targets.read().targets(null).stream().map(Target::year).distinct().toList();
    }

    /**
     * The targets of {@code year} beside the actual figures of their scope, which {@code actual} computes (only when
     * there are targets to measure); in the caller's transaction.
     */
    public YearProgress progress(int year, Function<Scope, Figures> actual) {
        List<Progress> items = targets.read().targets(year).stream()
                .map(t -> progress(t, actual.apply(new Scope(t.phase(), t.partnerCode(), t.regionCode()))))
                .toList();
        return new YearProgress(year, items);
    }

    private static Progress progress(Target t, Figures figures) {
        long actual = figures.get(t.indicator());
        if (t.kind() == Kind.COUNT) {
            return new Progress(t.indicator().path(), t.year(), t.kind(), null, t.phase(), t.partnerCode(),
                    t.regionCode(), t.target(), actual, null, null, ratio(BigDecimal.valueOf(actual), t.target()));
        }
        long denominator = figures.get(t.denominator());
        BigDecimal share = ratio(BigDecimal.valueOf(actual), denominator);
        return new Progress(t.indicator().path(), t.year(), t.kind(), t.denominator().path(), t.phase(),
                t.partnerCode(), t.regionCode(), t.target(), actual, denominator, share,
                share == null ? null : ratio(share, t.target()));
    }

    /** {@code part} as a percentage of {@code whole}, one decimal; null of a zero whole. */
    private static BigDecimal ratio(BigDecimal part, long whole) {
        if (whole == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(WHOLE)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /**
     * Bean Validation has checked presence and ranges; here: known indicators, phases, partners and regions, a
     * SHARE's denominator and percentage, one target per indicator, year and scope.
     */
    private static List<Target> validate(List<TargetItem> items, Set<String> knownPartners) {
        List<FieldViolation> errors = new ArrayList<>();
        List<Target> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            TargetItem item = items.get(i);
            String at = "items[" + i + "].";
            int before = errors.size();
            Optional<Indicator> indicator = indicator(item.indicator(), at + "indicator", errors);
            Kind kind = item.kind() == null ? Kind.COUNT : item.kind();
            Indicator denominator = null;
            if (kind == Kind.SHARE) {
                if (item.denominator() == null) {
                    errors.add(new FieldViolation(at + "denominator", "a SHARE target names its denominator, the"
                            + " figure the indicator is a share of (e.g. training.certified for training.female)"));
                } else {
                    denominator = indicator(item.denominator(), at + "denominator", errors).orElse(null);
                }
                if (item.target() > WHOLE) {
                    errors.add(new FieldViolation(at + "target", "a SHARE target is a percentage, at most 100"));
                }
            } else if (item.denominator() != null) {
                errors.add(new FieldViolation(at + "denominator", "only a SHARE target has a denominator"));
            }
            if (item.phase() != null && Phases.get().phase(item.phase()).isEmpty()) {
                errors.add(new FieldViolation(at + "phase", "unknown phase " + item.phase()
                        + "; see GET /reference/phases"));
            }
            if (item.partnerCode() != null && !knownPartners.contains(item.partnerCode())) {
                errors.add(new FieldViolation(at + "partnerCode", "unknown partner " + item.partnerCode()
                        + "; no record is attributed to it and no phase names it (GET /reports/partners)"));
            }
            if (item.regionCode() != null && ReferenceData.get().region(item.regionCode()).isEmpty()) {
                errors.add(new FieldViolation(at + "regionCode", "unknown region " + item.regionCode()
                        + "; see GET /reference/regions"));
            }
            if (errors.size() > before) {
                continue;
            }
            Target target = new Target(indicator.orElseThrow(), item.year(), item.target(), denominator, item.phase(),
                    item.partnerCode(), item.regionCode());
            if (!seen.add(target.key())) {
                errors.add(new FieldViolation(at + "indicator", "a second target for " + target.key()));
            } else {
                valid.add(target);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidValues("targets", errors);
        }
        return valid;
    }

    private static Optional<Indicator> indicator(String path, String field, List<FieldViolation> errors) {
        Optional<Indicator> indicator = Indicator.byPath(path);
        if (indicator.isEmpty()) {
            errors.add(new FieldViolation(field, "unknown indicator " + path
                    + "; one of the figures of /reports/overview such as centers.open or training.certified"));
        }
        return indicator;
    }

    private static TargetItem item(Target target) {
        return new TargetItem(target.indicator().path(), target.year(), target.target(), target.kind(),
                target.denominator() == null ? null : target.denominator().path(), target.phase(),
                target.partnerCode(), target.regionCode());
    }
}
