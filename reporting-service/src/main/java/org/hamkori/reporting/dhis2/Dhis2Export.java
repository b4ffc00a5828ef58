package org.hamkori.reporting.dhis2;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.kit.reference.Place;
import org.hamkori.reporting.Figures;
import org.hamkori.reporting.Generation;
import org.hamkori.reporting.ProgrammeCalendar;
import org.hamkori.reporting.ReportFilter;
import org.hamkori.reporting.Window;
import org.hamkori.reporting.repository.AttributionRepository;
import org.hamkori.reporting.repository.FiguresRepository;
import org.hamkori.reporting.repository.FiguresRepository.Breakdown;
import org.hamkori.reporting.service.ReportService;

/**
 * The programme's figures of a period (a year, quarter or month) as a DHIS2 {@code dataValueSets} document: period in
 * DHIS2's format, org units = the reference data's district (or region) codes, the partner the records are
 * attributed to as the attribute option combination (none for records of no partner), values as strings, zeros left
 * out (DHIS2 does not store them). Counts of happenings (meetings, issues, sessions, renovations, certifications) are
 * those of the period; stocks (centres, groups, members) are those at its end.
 */
@ApplicationScoped
public class Dhis2Export {

    /** The attribute option combinations of partners are coded {@code HMK_PARTNER_<partner code>}. */
    static final String PARTNER_OPTION_COMBO = "HMK_PARTNER_";

    @Inject
    ReportService reports;

    @Inject
    FiguresRepository figures;

    @Inject
    AttributionRepository attributions;

    @Inject
    ProgrammeCalendar calendar;

    /** Org units at district level (data of a known region whose district is not in the reference data goes to the region) or at region level. */
    public enum Level { DISTRICT, REGION }

    /** A DHIS2 period ({@code 2021}, {@code 2021Q2}, {@code 202106}) and the days it covers. */
    public record Period(String dhis2, Window window) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DataValue(String dataElement, String period, String orgUnit, String categoryOptionCombo,
            String attributeOptionCombo, String value) {
    }

    public record DataValueSet(List<DataValue> dataValues) {
    }

    /** One partner's figures (the records of no partner for a null attribute option combination). */
    private record Attributed(String attributeOptionCombo, Map<Place, Figures> figures,
            Map<Place, Map<Breakdown, Long>> breakdown) {
    }

    /**
     * The document is what is cached (per period, level and day), not the figures it is made of: a repeated export
     * only writes it out.
     */
    public ReportService.Snapshot<DataValueSet> export(Period period, Level level) {
        LocalDate today = calendar.today();
        Window window = period.window();
        return reports.read(List.of("dhis2", window, level, today), g -> {
            List<Attributed> attributed = new ArrayList<>();
            for (String partner : new TreeSet<>(attributions.partners(g))) {
                attributed.add(attributed(g, ReportFilter.of(window).ofPartner(partner), today,
                        PARTNER_OPTION_COMBO + partner));
            }
            attributed.add(attributed(g, ReportFilter.of(window).ofPartner(ReportFilter.UNATTRIBUTED), today, null));
            List<Ordered> values = new ArrayList<>();
            for (Attributed partner : attributed) {
                values(values, partner, period.dhis2(), level);
            }
            values.sort(ORDER);
            return new DataValueSet(values.stream().map(Ordered::value).toList());
        });
    }

    private Attributed attributed(Generation g, ReportFilter filter, LocalDate today, String attributeOptionCombo) {
        return new Attributed(attributeOptionCombo, figures.byPlace(g, filter, today), figures.breakdown(g, filter));
    }

    /** A value with its data element, by which values are ordered within an org unit. */
    private record Ordered(DataElement element, DataValue value) {
    }

    private static final Comparator<Ordered> ORDER = Comparator.comparing((Ordered o) -> o.value().orgUnit())
            .thenComparing(Ordered::element)
            .thenComparing(o -> o.value().categoryOptionCombo() == null ? "" : o.value().categoryOptionCombo())
            .thenComparing(o -> o.value().attributeOptionCombo() == null ? "" : o.value().attributeOptionCombo());

    private static void values(List<Ordered> values, Attributed partner, String period, Level level) {
        Map<String, Figures> byOrgUnit = new HashMap<>();
        partner.figures().forEach((place, f) -> {
            String orgUnit = orgUnit(place, level);
            if (orgUnit != null) {
                byOrgUnit.merge(orgUnit, f, Figures::plus);
            }
        });
        Map<String, Map<Breakdown, Long>> breakdownByOrgUnit = new HashMap<>();
        partner.breakdown().forEach((place, counts) -> {
            String orgUnit = orgUnit(place, level);
            if (orgUnit != null) {
                counts.forEach((b, n) -> breakdownByOrgUnit.computeIfAbsent(orgUnit, o -> new HashMap<>())
                        .merge(b, n, Long::sum));
            }
        });
        String aoc = partner.attributeOptionCombo();
        for (DataElement element : DataElement.values()) {
            if (element.indicator() != null) {
                byOrgUnit.forEach((orgUnit, f) -> add(values, element, period, orgUnit, null, aoc,
                        f.get(element.indicator())));
            } else {
                breakdownByOrgUnit.forEach((orgUnit, counts) -> counts.forEach((breakdown, n) -> {
                    String optionCombo = element.categoryCombo().optionCombo(breakdown);
                    if (breakdown.count() == element.count() && optionCombo != null) {
                        add(values, element, period, orgUnit, optionCombo, aoc, n);
                    }
                }));
            }
        }
    }

    private static void add(List<Ordered> values, DataElement element, String period, String orgUnit,
            String optionCombo, String attributeOptionCombo, long value) {
        if (value != 0) {
            values.add(new Ordered(element, new DataValue(element.code(), period, orgUnit, optionCombo,
                    attributeOptionCombo, Long.toString(value))));
        }
    }

    private static String orgUnit(Place place, Level level) {
        ReferenceData reference = ReferenceData.get();
        if (level == Level.DISTRICT && reference.district(place.districtCode()).isPresent()) {
            return place.districtCode();
        }
        return reference.region(place.regionCode()).isPresent() ? place.regionCode() : null;
    }
}
