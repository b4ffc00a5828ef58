package org.hamkori.reporting.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.hamkori.kit.rest.Csv;
import org.hamkori.reporting.Figures;
import org.hamkori.reporting.Indicator;
import org.hamkori.reporting.ProgrammeTargets;
import org.hamkori.reporting.Sections;
import org.hamkori.reporting.dhis2.Dhis2Export;
import org.hamkori.reporting.repository.IssueRepository;
import org.hamkori.reporting.service.ReportService;
import org.hamkori.reporting.service.TargetService;

/**
 * Each report as a CSV table, from the same object its JSON is written from: the columns the README gives for it,
 * names in the language asked for.
 */
final class CsvTables {

    private static final Map<Class<?>, BiFunction<Object, Locale, Csv>> TABLES = Map.of(
            ReportService.Overview.class, (report, language) -> overview((ReportService.Overview) report),
            ReportResource.RegionRows.class, (report, language) -> regions((ReportResource.RegionRows) report),
            ReportResource.DistrictRows.class, (report, language) -> districts((ReportResource.DistrictRows) report),
            ReportResource.CertificationCounts.class, (report, language) -> {
                ReportResource.CertificationCounts counts = (ReportResource.CertificationCounts) report;
                return GroupedReportQuery.csv(counts.groupBy(), ReportResource.CERTIFICATION_FIGURES, counts.rows(),
                        language);
            },
            ReportResource.IssueCounts.class, (report, language) -> {
                ReportResource.IssueCounts counts = (ReportResource.IssueCounts) report;
                return GroupedReportQuery.csv(counts.groupBy(), IssueRepository.Row.FIGURE_NAMES, counts.rows(),
                        language);
            },
            PartnerReportResource.PartnerRows.class,
            (report, language) -> partners((PartnerReportResource.PartnerRows) report),
            Dhis2Export.DataValueSet.class, (report, language) -> dhis2((Dhis2Export.DataValueSet) report),
            TargetService.TargetSet.class, (report, language) -> targets((TargetService.TargetSet) report));

    private CsvTables() {
    }

    static boolean has(Class<?> type) {
        return TABLES.containsKey(type);
    }

    static Csv of(Object report, Locale language) {
        return TABLES.get(report.getClass()).apply(report, language);
    }

    /** Every indicator with its value, and the programme-wide COUNT target of the overview's year beside it. */
    private static Csv overview(ReportService.Overview overview) {
        Figures figures = Sections.figures(overview.centers(), overview.groups(), overview.meetings(),
                overview.issues(), overview.training());
        TargetService.YearProgress targets = overview.targets();
        Csv csv = new Csv(List.of("indicator", "value", "year", "target", "actual", "percentage"));
        for (Indicator indicator : Indicator.values()) {
            var progress = targets.items().stream().filter(p -> p.indicator().equals(indicator.path())
                    && p.kind() == ProgrammeTargets.Kind.COUNT && p.phase() == null && p.partnerCode() == null
                    && p.regionCode() == null).findFirst();
            csv.row(indicator.path(), figures.get(indicator), targets.year(),
                    progress.map(TargetService.Progress::target).orElse(null),
                    progress.map(TargetService.Progress::actual).orElse(null),
                    progress.map(TargetService.Progress::percentage).orElse(null));
        }
        return csv;
    }

    private static Csv regions(ReportResource.RegionRows regions) {
        Csv csv = new Csv(withIndicators("regionCode", "name"));
        regions.rows().forEach(row -> csv.row(withFigures(Sections.figures(row.centers(), row.groups(), row.meetings(),
                row.issues(), row.training()), row.regionCode(), row.name())));
        return csv;
    }

    private static Csv districts(ReportResource.DistrictRows districts) {
        Csv csv = new Csv(withIndicators("regionCode", "districtCode", "name"));
        districts.rows().forEach(row -> csv.row(withFigures(Sections.figures(row.centers(), row.groups(),
                row.meetings(), row.issues(), row.training()), row.regionCode(), row.districtCode(), row.name())));
        return csv;
    }

    /** The partners' rows, then the programme's (its partnerCode empty). */
    private static Csv partners(PartnerReportResource.PartnerRows partners) {
        Csv csv = new Csv(withIndicators("partnerCode"));
        List<PartnerReportResource.PartnerRow> rows = new ArrayList<>(partners.rows());
        rows.add(partners.programme());
        rows.forEach(row -> csv.row(withFigures(Sections.figures(row.centers(), row.groups(), row.meetings(),
                row.issues(), row.training()), row.partnerCode())));
        return csv;
    }

    /** DHIS2's CSV layout. */
    private static Csv dhis2(Dhis2Export.DataValueSet set) {
        Csv csv = new Csv(List.of("dataelement", "period", "orgunit", "categoryoptioncombo", "attributeoptioncombo",
                "value"));
        set.dataValues().forEach(v -> csv.row(v.dataElement(), v.period(), v.orgUnit(), v.categoryOptionCombo(),
                v.attributeOptionCombo(), v.value()));
        return csv;
    }

    /** Each target with its progress. */
    private static Csv targets(TargetService.TargetSet set) {
        Csv csv = new Csv(List.of("indicator", "year", "target", "kind", "denominator", "phase", "partnerCode",
                "regionCode", "actual", "denominatorActual", "share", "percentage"));
        set.progress().forEach(p -> csv.row(p.indicator(), p.year(), p.target(), p.kind(), p.denominator(), p.phase(),
                p.partnerCode(), p.regionCode(), p.actual(), p.denominatorActual(), p.share(), p.percentage()));
        return csv;
    }

    private static List<String> withIndicators(String... leading) {
        List<String> header = new ArrayList<>(List.of(leading));
        for (Indicator indicator : Indicator.values()) {
            header.add(indicator.path());
        }
        return header;
    }

    private static List<Object> withFigures(Figures figures, Object... leading) {
        List<Object> cells = new ArrayList<>(List.of(leading));
        for (Indicator indicator : Indicator.values()) {
            cells.add(figures.get(indicator));
        }
        return cells;
    }
}
