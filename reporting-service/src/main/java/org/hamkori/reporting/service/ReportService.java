package org.hamkori.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.hamkori.contract.reference.Phase;
import org.hamkori.contract.reference.Phases;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.kit.domain.FieldViolation;
import org.hamkori.kit.domain.InvalidValues;
import org.hamkori.kit.reference.Place;
import org.hamkori.reporting.Dimension;
import org.hamkori.reporting.Figures;
import org.hamkori.reporting.Generation;
import org.hamkori.reporting.ProgrammeCalendar;
import org.hamkori.reporting.ReportFilter;
import org.hamkori.reporting.Sections;
import org.hamkori.reporting.Window;
import org.hamkori.reporting.readmodel.FeedFreshness;
import org.hamkori.reporting.readmodel.Generations;
import org.hamkori.reporting.readmodel.ReportInputs;
import org.hamkori.reporting.readmodel.Snapshots;
import org.hamkori.reporting.repository.AttributionRepository;
import org.hamkori.reporting.repository.CertificationRepository;
import org.hamkori.reporting.repository.FiguresRepository;
import org.hamkori.reporting.repository.IssueRepository;

/** Assembles the reports of SPEC §7 from the active read-model generation, in one read-only snapshot. */
@ApplicationScoped
public class ReportService {

    @Inject
    Snapshots snapshots;

    @Inject
    Generations generations;

    @Inject
    FiguresRepository figures;

    @Inject
    FeedFreshness freshness;

    @Inject
    TargetService targets;

    @Inject
    CertificationRepository certifications;

    @Inject
    IssueRepository issues;

    @Inject
    ProgrammeCalendar calendar;

    @Inject
    ReportCache cache;

    @Inject
    AttributionRepository attributions;

    public record Overview(Sections.Centers centers, Sections.Groups groups, Sections.Meetings meetings,
            Sections.Issues issues, Sections.Training training, TargetService.YearProgress targets, Instant asOf,
            Instant lastEventAt) {
    }

    /** The current figures, and the targets of a year beside the figures they are measured against. */
    public record OverviewFigures(Figures current, TargetService.YearProgress targets) {
    }

    public record RegionRow(String regionCode, String name, Sections.Centers centers, Sections.Groups groups,
            Sections.Meetings meetings, Sections.Issues issues, Sections.Training training) {
    }

    public record DistrictRow(String regionCode, String districtCode, String name, Sections.Centers centers,
            Sections.Groups groups, Sections.Meetings meetings, Sections.Issues issues, Sections.Training training) {
    }

    public record Rows<T>(List<T> rows, Instant asOf, Instant lastEventAt) {
    }

    /** A report's figures with its freshness, before they take their JSON or CSV shape. */
    public record Snapshot<T>(T figures, Instant asOf, Instant lastEventAt) {
    }

    /**
     * The targets' actual figures are the current ones for this year and later years, and for a past year the
     * figures as they stood at its end (see {@link Window#through}). Overdue actions are those of today, so today is
     * part of the question: an answer of yesterday is not given again after midnight. The figures are those of the
     * records {@code filter} keeps; the targets, which are the programme's (or of their own phase, partner or
     * region), stay beside the figures of their own scope.
     */
    @Transactional
    public Snapshot<OverviewFigures> overview(Year year, ReportFilter filter) {
        LocalDate today = calendar.today();
        return read(question(List.of("overview", year, today), filter), g -> {
            Figures programme = sum(figures.byPlace(g, Window.ALL, today));
            Figures current = filter.isNone() ? programme : sum(figures.byPlace(g, filter, today));
            return new OverviewFigures(current, targetProgress(g, year, today, programme));
        });
    }

    /**
     * The targets, every one or those of {@code year}, each with its progress, year by year: one cached read, as the
     * set's version is one of the report's inputs.
     */
    @Transactional
    public Snapshot<TargetService.TargetSet> targets(Year year) {
        LocalDate today = calendar.today();
        return read(Arrays.asList("targets", year, today), g -> {
            Figures programme = sum(figures.byPlace(g, Window.ALL, today));
            List<Integer> years = year == null ? targets.years() : List.of(year.getValue());
            List<TargetService.Progress> progress = years.stream()
                    .flatMap(y -> targetProgress(g, Year.of(y), today, programme).items().stream())
                    .toList();
            return targets.find(year == null ? null : year.getValue()).withProgress(progress);
        });
    }

    /**
     * A target of {@code year} counts what its scope (phase, partner, region) keeps of the figures up to the end of the
     * year, or of now for the current year and later ones: a phase's dates within those, as the reports' filters do.
     */
    private TargetService.YearProgress targetProgress(Generation g, Year year, LocalDate today, Figures programme) {
        boolean pastYear = year.isBefore(Year.from(today));
        Window ofYear = pastYear ? Window.through(year) : Window.ALL;
        Map<List<String>, Map<Place, Figures>> byFilter = new HashMap<>();
        return targets.progress(year.getValue(), scope -> {
            if (scope.isProgramme()) {
                return pastYear ? sum(figures.byPlace(g, ofYear, today)) : programme;
            }
            Window window = scope.phase() == null ? ofYear : ofPhase(ofYear, scope.phase());
            if (window == null) {
                return Figures.NONE;
            }
            Map<Place, Figures> byPlace = byFilter.computeIfAbsent(Arrays.asList(scope.phase(), scope.partnerCode()),
                    k -> figures.byPlace(g, new ReportFilter(window, scope.partnerCode()), today));
            return byPlace.entrySet().stream()
                    .filter(e -> scope.regionCode() == null || scope.regionCode().equals(e.getKey().regionCode()))
                    .map(Map.Entry::getValue).reduce(Figures.NONE, Figures::plus);
        });
    }

    /** The days of {@code window} within the phase's dates; null when they share none. */
    private static Window ofPhase(Window window, String phaseCode) {
        Phase phase = Phases.get().phase(phaseCode).orElseThrow();
        LocalDate from = phase.from().isAfter(window.from()) ? phase.from() : window.from();
        LocalDate to = phase.to() != null && phase.to().isBefore(window.to()) ? phase.to() : window.to();
        return to.isBefore(from) ? null : new Window(from, to);
    }

    /**
     * Checks that {@code partnerCode} is a partner the programme knows: one that a record is attributed to, or that
     * a phase names.
     */
    @Transactional
    public void requireKnownPartner(String partnerCode) {
        if (partnerCode != null && !partners().figures().contains(partnerCode)) {
            throw new InvalidValues("report", List.of(new FieldViolation("partnerCode", "unknown partner " + partnerCode
                    + "; no record is attributed to it and no phase names it (GET /reports/partners)")));
        }
    }

    /** Every partner a record is attributed to or a phase names, sorted. */
    @Transactional
    public Snapshot<List<String>> partners() {
        return read(List.of("partners"), g -> {
            TreeSet<String> known = new TreeSet<>(attributions.partners(g));
            Phases.get().phases().forEach(phase -> known.addAll(phase.partners()));
            return List.copyOf(known);
        });
    }

    /** One partner's figures, or the programme's when {@code partnerCode} is null. */
    public record PartnerFigures(String partnerCode, Figures figures) {
    }

    /** Each partner's figures in {@code window}, in the order of {@code partnerCodes}, and the programme's. */
    @Transactional
    public Snapshot<List<PartnerFigures>> byPartner(List<String> partnerCodes, Window window) {
        LocalDate today = calendar.today();
        return read(List.of("partners", partnerCodes, window, today), g -> {
            List<PartnerFigures> rows = new ArrayList<>();
            for (String partner : partnerCodes) {
                rows.add(new PartnerFigures(partner,
                        sum(figures.byPlace(g, ReportFilter.of(window).ofPartner(partner), today))));
            }
            rows.add(new PartnerFigures(null, sum(figures.byPlace(g, ReportFilter.of(window), today))));
            return rows;
        });
    }

    /**
     * Valid certifications counted by {@code dimensions} (in that order), certified from {@code from} to {@code to},
     * of one partner or of every partner when {@code partnerCode} is null.
     */
    @Transactional
    public Snapshot<List<CertificationRepository.Row>> certifications(List<Dimension> dimensions, LocalDate from,
            LocalDate to, String partnerCode) {
        return read(Arrays.asList("certifications", dimensions, from, to, partnerCode),
                g -> certifications.count(g, dimensions, from, to, partnerCode));
    }

    /**
     * Safety issues counted by {@code dimensions} (in that order), raised from {@code from} to {@code to}; overdue
     * actions are those of today, part of the question as for the overview.
     */
    @Transactional
    public Snapshot<List<IssueRepository.Row>> issues(List<Dimension> dimensions, LocalDate from, LocalDate to,
            String partnerCode) {
        LocalDate today = calendar.today();
        return read(Arrays.asList("issues", dimensions, from, to, today, partnerCode),
                g -> issues.count(g, dimensions, from, to, today, partnerCode));
    }

    /** Figures per region code (overdue actions as of today, part of the question as for the overview). */
    @Transactional
    public Snapshot<Map<String, Figures>> byRegion(ReportFilter filter) {
        LocalDate today = calendar.today();
        return read(question(List.of("regions", today), filter), g -> grouped(figures.byPlace(g, filter, today), true));
    }

    /** Figures per district code (overdue actions as of today, part of the question as for the overview). */
    @Transactional
    public Snapshot<Map<String, Figures>> byDistrict(ReportFilter filter) {
        LocalDate today = calendar.today();
        return read(question(List.of("districts", today), filter),
                g -> grouped(figures.byPlace(g, filter, today), false));
    }

    /** An unfiltered report's question stays as it was; a filtered one names its filter. */
    private static List<?> question(List<?> unfiltered, ReportFilter filter) {
        if (filter.isNone()) {
            return unfiltered;
        }
        List<Object> question = new ArrayList<>(unfiltered);
        question.add(filter);
        return question;
    }

    public static Overview overview(Snapshot<OverviewFigures> snapshot) {
        Figures f = snapshot.figures().current();
        return new Overview(Sections.Centers.of(f), Sections.Groups.of(f), Sections.Meetings.of(f),
                Sections.Issues.of(f), Sections.Training.of(f), snapshot.figures().targets(), snapshot.asOf(),
                snapshot.lastEventAt());
    }

    /** One row per region of the reference data, zeros where nothing happened. */
    public static Rows<RegionRow> regions(Snapshot<Map<String, Figures>> snapshot, Locale language) {
        List<RegionRow> rows = ReferenceData.get().regions().stream().map(r -> {
            Figures f = snapshot.figures().getOrDefault(r.code(), Figures.NONE);
            return new RegionRow(r.code(), r.name().in(language), Sections.Centers.of(f), Sections.Groups.of(f),
                    Sections.Meetings.of(f), Sections.Issues.of(f), Sections.Training.of(f));
        }).toList();
        return new Rows<>(rows, snapshot.asOf(), snapshot.lastEventAt());
    }

    /** One row per district of the reference data, zeros where nothing happened. */
    public static Rows<DistrictRow> districts(Snapshot<Map<String, Figures>> snapshot, Locale language) {
        List<DistrictRow> rows = ReferenceData.get().districts().stream().map(d -> {
            Figures f = snapshot.figures().getOrDefault(d.code(), Figures.NONE);
            return new DistrictRow(d.regionCode(), d.code(), d.name().in(language), Sections.Centers.of(f),
                    Sections.Groups.of(f), Sections.Meetings.of(f), Sections.Issues.of(f), Sections.Training.of(f));
        }).toList();
        return new Rows<>(rows, snapshot.asOf(), snapshot.lastEventAt());
    }

    /**
     * Answers {@code question} (a report's name and parameters) by {@code query} on the active generation in one
     * read-only snapshot, with the generation's freshness; the same question on unchanged inputs is answered from
     * {@link ReportCache}. The figures returned must only be read.
     */
    @Transactional
    public <T> Snapshot<T> read(List<?> question, Function<Generation, T> query) {
        snapshots.readOnly();
        Generation active = generations.active();
        ReportInputs inputs = freshness.reportInputs(active);
        T result = cache.answer(question, inputs, () -> query.apply(active));
        return new Snapshot<>(result, Instant.now(), inputs.lastEventAt());
    }

    public static Figures sum(Map<Place, Figures> byPlace) {
        return byPlace.values().stream().reduce(Figures.NONE, Figures::plus);
    }

    private static Map<String, Figures> grouped(Map<Place, Figures> byPlace, boolean byRegion) {
        Map<String, Figures> grouped = new HashMap<>();
        byPlace.forEach((place, f) -> {
            String key = byRegion ? place.regionCode() : place.districtCode();
            if (key != null) {
                grouped.merge(key, f, Figures::plus);
            }
        });
        return grouped;
    }
}
