package org.hamkori.reporting.service;

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
import java.util.function.Supplier;
import org.hamkori.kit.audit.AuditTrail;
import org.hamkori.kit.domain.ExpectedVersion;
import org.hamkori.kit.domain.FieldViolation;
import org.hamkori.kit.domain.InvalidValues;
import org.hamkori.reporting.Figures;
import org.hamkori.reporting.Indicator;
import org.hamkori.reporting.ProgrammeTargets;
import org.hamkori.reporting.ProgrammeTargets.Target;
import org.hamkori.reporting.repository.TargetRepository;

/** Programme targets per indicator and year, and how far the actual figures have come towards them. */
@ApplicationScoped
public class TargetService {

    /** The audit entry's action of a change of targets, which publishes no event. */
    static final String TARGETS_REPLACED = "TargetsReplaced";

    @Inject
    TargetRepository targets;

    @Inject
    AuditTrail audit;

    /** A target as clients write and read it: the indicator by its path in the overview. */
    public record TargetItem(String indicator, Integer year, Long target) {
    }

    public record TargetSet(List<TargetItem> items, long version) {
    }

    /** {@code percentage} of the target reached, one decimal; null for a target of zero. */
    public record Progress(String indicator, long target, long actual, BigDecimal percentage) {
    }

    public record YearProgress(int year, List<Progress> items) {
    }

    @Transactional
    public TargetSet find(Integer year) {
        ProgrammeTargets set = targets.read();
        return new TargetSet(set.targets(year).stream().map(TargetService::item).toList(), set.currentVersion());
    }

    /**
     * Replaces every target (If-Match against the set's version), recording who did it and every target before
     * and after in the audit trail; a rejected set changes nothing, and so does the set already in place (its
     * version stays, and no entry is written).
     */
    @Transactional
    public TargetSet replace(List<TargetItem> items, ExpectedVersion expected) {
        List<Target> valid = validate(items);
        ProgrammeTargets set = targets.lock();
        expected.check(set.currentVersion());
        if (set.replace(valid)) {
            audit.record(set, TARGETS_REPLACED); // flushes: the set has its new version
        }
        return new TargetSet(set.targets(null).stream().map(TargetService::item).toList(), set.currentVersion());
    }

    /**
     * The targets of {@code year} beside the actual figures, which {@code actual} computes only when there are
     * targets to measure; in the caller's transaction.
     */
    public YearProgress progress(int year, Supplier<Figures> actual) {
        List<Target> ofYear = targets.read().targets(year);
        Figures figures = ofYear.isEmpty() ? Figures.NONE : actual.get();
        List<Progress> items = ofYear.stream()
                .map(t -> new Progress(t.indicator().path(), t.target(), figures.get(t.indicator()),
                        percentage(figures.get(t.indicator()), t.target())))
                .toList();
        return new YearProgress(year, items);
    }

    private static BigDecimal percentage(long actual, long target) {
        if (target == 0) {
            return null;
        }
        return BigDecimal.valueOf(actual).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP);
    }

    /** Bean Validation has checked presence and ranges; here: known indicators, one target per indicator and year. */
    private static List<Target> validate(List<TargetItem> items) {
        List<FieldViolation> errors = new ArrayList<>();
        List<Target> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            TargetItem item = items.get(i);
            Optional<Indicator> indicator = Indicator.byPath(item.indicator());
            if (indicator.isEmpty()) {
                errors.add(new FieldViolation("items[" + i + "].indicator", "unknown indicator " + item.indicator()
                        + "; one of the figures of /reports/overview such as centers.open or training.certified"));
            } else if (!seen.add(item.indicator() + "/" + item.year())) {
                errors.add(new FieldViolation("items[" + i + "].indicator",
                        "a second target for " + item.indicator() + " in " + item.year()));
            } else {
                valid.add(new Target(indicator.get(), item.year(), item.target()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidValues("targets", errors);
        }
        return valid;
    }

    private static TargetItem item(Target target) {
        return new TargetItem(target.indicator().path(), target.year(), target.target());
    }
}
