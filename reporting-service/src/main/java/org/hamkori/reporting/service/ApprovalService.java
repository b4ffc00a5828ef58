package org.hamkori.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hamkori.kit.audit.AuditTrail;
import org.hamkori.kit.domain.BusinessRuleViolation;
import org.hamkori.kit.domain.NotFound;
import org.hamkori.kit.reference.Place;
import org.hamkori.reporting.ApprovedPeriod;
import org.hamkori.reporting.Figures;
import org.hamkori.reporting.Generation;
import org.hamkori.reporting.Indicator;
import org.hamkori.reporting.ProgrammeCalendar;
import org.hamkori.reporting.ReportFilter;
import org.hamkori.reporting.Window;
import org.hamkori.reporting.repository.ApprovalRepository;
import org.hamkori.reporting.repository.ApprovalRepository.LateEvent;
import org.hamkori.reporting.repository.AttributionRepository;
import org.hamkori.reporting.repository.FiguresRepository;

/**
 * Approved periods (SPEC §7): an admin approves a period that is over, which keeps every figure of it as it stands;
 * the drift compares those with the current figures and names the events published since the approval about
 * records dated up to the period's end.
 */
@ApplicationScoped
public class ApprovalService {

    /** The audit entry's action of an approval, which publishes no event. */
    static final String PERIOD_APPROVED = "PeriodApproved";

    @Inject
    ReportService reports;

    @Inject
    FiguresRepository figures;

    @Inject
    AttributionRepository attributions;

    @Inject
    ApprovalRepository approvals;

    @Inject
    AuditTrail audit;

    @Inject
    ProgrammeCalendar calendar;

    /** {@code figuresApproved}: how many figures of the period were not zero when it was approved. */
    public record Approval(String period, LocalDate from, LocalDate to, Instant approvedAt, int figuresApproved) {

        static Approval of(ApprovedPeriod approved) {
            return new Approval(approved.period(), approved.window().from(), approved.window().to(),
                    approved.approvedAt(), approved.figures().size());
        }
    }

    /** The approval, and whether this call made it (false: the period was approved already, and stays so). */
    public record Approved(Approval approval, boolean made) {
    }

    /** An approved period as every role that enters or reads data may see it: which days, approved when. */
    public record PeriodApproval(String period, LocalDate from, LocalDate to, Instant approvedAt) {
    }

    public record FigureDrift(String figure, long approved, long current) {
    }

    public record Drift(String period, LocalDate from, LocalDate to, Instant approvedAt, List<FigureDrift> figures,
            List<LateEvent> events) {
    }

    /**
     * Approves {@code period} (its days: {@code window}) with its figures as they stand, recording it in the audit
     * trail; once approved, a period stays as approved and approving it again changes and records nothing. The
     * approval's time is taken before its figures are read: an event published in between is both in the figures and
     * among the drift's events (named, never missed).
     */
    public Approved approve(String period, Window window) {
        LocalDate today = calendar.today();
        if (!window.to().isBefore(today)) {
            throw new BusinessRuleViolation("Period " + period + " ends on " + window.to()
                    + "; a period is approved once it is over");
        }
        Instant approvedAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        Map<String, Long> asApproved = reports.read(List.of("period figures", window),
                g -> namedFigures(g, window, today)).figures();
        return QuarkusTransaction.requiringNew().call(() -> {
            approvals.lockApprovals();
            return approvals.find(period).map(existing -> new Approved(Approval.of(existing), false)).orElseGet(() -> {
                ApprovedPeriod approved = new ApprovedPeriod(period, window, approvedAt, asApproved);
                approvals.add(approved);
                audit.record(approved, PERIOD_APPROVED);
                return new Approved(Approval.of(approved), true);
            });
        });
    }

    /** The approved periods lying in {@code window}, by first day, a longer period first (2021, 2021Q1, 2021-01). */
    public List<PeriodApproval> approvedWithin(Window window) {
        return approvals.within(window).stream().map(approved -> new PeriodApproval(approved.period(),
                approved.window().from(), approved.window().to(), approved.approvedAt())).toList();
    }

    /** Every figure of the approved {@code period} that differs now, and the events published since its approval. */
    public ReportService.Snapshot<Drift> drift(String period) {
        LocalDate today = calendar.today();
        return reports.read(List.of("drift", period, today), g -> {
            ApprovedPeriod approved = approvals.find(period)
                    .orElseThrow(() -> new NotFound("Approval of period", period));
            Window window = approved.window();
            Map<String, Long> before = approved.figures();
            Map<String, Long> now = namedFigures(g, window, today);
            TreeSet<String> names = new TreeSet<>(before.keySet());
            names.addAll(now.keySet());
            List<FigureDrift> changed = new ArrayList<>();
            for (String name : names) {
                long was = before.getOrDefault(name, 0L);
                long is = now.getOrDefault(name, 0L);
                if (!Objects.equals(was, is)) {
                    changed.add(new FigureDrift(name, was, is));
                }
            }
            return new Drift(period, window.from(), window.to(), approved.approvedAt(), changed,
                    approvals.publishedAfter(g, approved.approvedAt(), window.to()));
        });
    }

    /**
     * Every non-zero figure of the period: the programme's ({@code programme centers.open}), each region's and
     * district's ({@code region KHATLON …}, {@code district KHATLON.PANJ …}) and each partner's
     * ({@code partner SAFERWORLD …}), as the reports give them for the period.
     */
    private Map<String, Long> namedFigures(Generation g, Window window, LocalDate today) {
        Map<String, Long> named = new TreeMap<>();
        Map<Place, Figures> byPlace = figures.byPlace(g, ReportFilter.of(window), today);
        put(named, "programme", ReportService.sum(byPlace));
        Map<String, Figures> byRegion = new TreeMap<>();
        Map<String, Figures> byDistrict = new TreeMap<>();
        byPlace.forEach((place, f) -> {
            if (place.regionCode() != null) {
                byRegion.merge(place.regionCode(), f, Figures::plus);
            }
            if (place.districtCode() != null) {
                byDistrict.merge(place.districtCode(), f, Figures::plus);
            }
        });
        byRegion.forEach((region, f) -> put(named, "region " + region, f));
        byDistrict.forEach((district, f) -> put(named, "district " + district, f));
        for (String partner : attributions.partners(g)) {
            put(named, "partner " + partner,
                    ReportService.sum(figures.byPlace(g, ReportFilter.of(window).ofPartner(partner), today)));
        }
        return named;
    }

    private static void put(Map<String, Long> named, String prefix, Figures figures) {
        for (Indicator indicator : Indicator.values()) {
            if (figures.get(indicator) != 0) {
                named.put(prefix + " " + indicator.path(), figures.get(indicator));
            }
        }
    }
}
