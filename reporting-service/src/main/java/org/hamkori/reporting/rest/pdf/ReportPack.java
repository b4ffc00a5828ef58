package org.hamkori.reporting.rest.pdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hamkori.contract.reference.Phases;
import org.hamkori.reporting.Figures;
import org.hamkori.reporting.Indicator;
import org.hamkori.reporting.ProgrammeTargets;
import org.hamkori.reporting.Sections;
import org.hamkori.reporting.rest.PartnerReportResource.PartnerRow;
import org.hamkori.reporting.rest.PartnerReportResource.PartnerRows;
import org.hamkori.reporting.service.ReportService;
import org.hamkori.reporting.service.TargetService;

/**
 * The donor report pack (SPEC §7): the overview and the partners' report as PDF, written from the very object their
 * JSON is written from, so every figure in it is the JSON's. Each shows its title, the filter applied, when it was
 * generated and how fresh its figures are, then every figure under its label in the language asked for.
 */
final class ReportPack {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    /** The figures of each section, in the order of {@link Indicator}. */
    private static final Map<String, List<Indicator>> SECTIONS = sections();
    /** The targets' columns: a share's two labels, and a phase or partner as scope, fit on a line. */
    private static final float[] TARGET_WIDTHS = {5, 2.5f, 1, 1, 1, 1.2f};
    /** More columns of figures than this turn the page to landscape. */
    private static final int PORTRAIT_COLUMNS = 4;

    private ReportPack() {
    }

    /** The overview's figures, then the progress of the targets of its year. */
    static byte[] overview(ReportService.Overview overview, Map<String, String> filter, ReportLabels labels) {
        PdfDocument pdf = new PdfDocument(labels.get("title.overview"), false);
        header(pdf, labels, filter, null, overview.asOf(), overview.lastEventAt());
        Figures figures = Sections.figures(overview.centers(), overview.groups(), overview.meetings(),
                overview.issues(), overview.training());
        PdfDocument.Table table = pdf.table(List.of(labels.get("figure"), ""), 4, 1);
        figureRows(table, labels, indicator -> List.of(figures.get(indicator)));
        table.add();

        TargetService.YearProgress targets = overview.targets();
        pdf.heading(labels.format("targets", String.valueOf(targets.year())));
        if (targets.items().isEmpty()) {
            pdf.note(labels.format("targets.none", String.valueOf(targets.year())));
        } else {
            PdfDocument.Table progress = pdf.table(List.of(labels.get("figure"), labels.get("targets.scope"),
                    labels.get("targets.target"), labels.get("targets.actual"), labels.get("targets.share"),
                    labels.get("targets.percentage")), TARGET_WIDTHS);
            for (TargetService.Progress target : targets.items()) {
                progress.row(targetLabel(target, labels), Arrays.asList(scope(target, labels), target.target(),
                        target.actual(), plain(target.share()), plain(target.percentage())));
            }
            progress.add();
        }
        pdf.note(labels.get("targets.note"));
        return pdf.finish();
    }

    /** A column per partner the caller may read, then the programme's. */
    static byte[] partners(PartnerRows report, Map<String, String> filter, ReportLabels labels) {
        List<PartnerRow> columns = new ArrayList<>(report.rows());
        columns.add(report.programme());
        PdfDocument pdf = new PdfDocument(labels.get("title.partners"), columns.size() > PORTRAIT_COLUMNS);
        header(pdf, labels, filter, dates(report.from(), report.to(), labels), report.asOf(), report.lastEventAt());
        List<String> header = new ArrayList<>();
        header.add(labels.get("figure"));
        report.rows().forEach(row -> header.add(row.partnerCode()));
        header.add(labels.get("programme"));
        List<Figures> figures = columns.stream().map(row -> Sections.figures(row.centers(), row.groups(),
                row.meetings(), row.issues(), row.training())).toList();
        float[] widths = new float[header.size()];
        Arrays.fill(widths, 1);
        widths[0] = Math.max(3, columns.size() / 2f);
        PdfDocument.Table table = pdf.table(header, widths);
        figureRows(table, labels, indicator -> figures.stream().map(f -> f.get(indicator)).toList());
        table.add();
        pdf.note(labels.get("partners.note"));
        return pdf.finish();
    }

    private static void header(PdfDocument pdf, ReportLabels labels, Map<String, String> filter, String dates,
            Instant asOf, Instant lastEventAt) {
        pdf.line(labels.get("filter"), filterText(filter, labels));
        if (dates != null) {
            pdf.line(labels.get("dates"), dates);
        }
        pdf.line(labels.get("generated"), TIME.format(asOf));
        pdf.line(labels.get("lastEvent"), lastEventAt == null ? labels.get("lastEvent.none") : TIME.format(lastEventAt));
    }

    /** Each section's row, then a row per figure of it. */
    private static void figureRows(PdfDocument.Table table, ReportLabels labels,
            Function<Indicator, List<?>> values) {
        SECTIONS.forEach((section, indicators) -> {
            table.section(labels.get("section." + section));
            indicators.forEach(indicator -> table.row(labels.of(indicator), values.apply(indicator)));
        });
    }

    /** The filter as asked, a phase by its name in the language of the labels. */
    private static String filterText(Map<String, String> filter, ReportLabels labels) {
        List<String> parts = new ArrayList<>();
        filter.forEach((parameter, value) -> parts.add(labels.get("filter." + parameter) + " " + (parameter.equals(
                "phase") ? Phases.get().phase(value).map(p -> p.name().in(labels.language()) + " (" + value + ")")
                        .orElse(value) : value)));
        return parts.isEmpty() ? labels.get("filter.none") : String.join(" · ", parts);
    }

    private static String dates(LocalDate from, LocalDate to, ReportLabels labels) {
        if (from == null && to == null) {
            return labels.get("dates.all");
        }
        return (from == null ? "…" : from.toString()) + " – " + (to == null ? "…" : to.toString());
    }

    /** The figure, or for a share the figure over its denominator. */
    private static String targetLabel(TargetService.Progress target, ReportLabels labels) {
        String figure = Indicator.byPath(target.indicator()).map(labels::of).orElse(target.indicator());
        if (target.kind() != ProgrammeTargets.Kind.SHARE) {
            return figure;
        }
        return figure + " / " + Indicator.byPath(target.denominator()).map(labels::of).orElse(target.denominator());
    }

    private static String scope(TargetService.Progress target, ReportLabels labels) {
        List<String> scope = new ArrayList<>();
        for (String part : new String[] {target.phase(), target.partnerCode(), target.regionCode()}) {
            if (part != null) {
                scope.add(part);
            }
        }
        return scope.isEmpty() ? labels.get("targets.scope.programme") : String.join(", ", scope);
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    private static Map<String, List<Indicator>> sections() {
        Map<String, List<Indicator>> sections = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            String path = indicator.path();
            sections.computeIfAbsent(path.substring(0, path.indexOf('.')), k -> new ArrayList<>()).add(indicator);
        }
        return sections;
    }
}
