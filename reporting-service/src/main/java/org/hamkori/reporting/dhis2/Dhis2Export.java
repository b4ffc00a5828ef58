package org.hamkori.reporting.dhis2;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.kit.reference.Place;
import org.hamkori.reporting.Figures;
import org.hamkori.reporting.ProgrammeCalendar;
import org.hamkori.reporting.Window;
import org.hamkori.reporting.repository.FiguresRepository;
import org.hamkori.reporting.repository.FiguresRepository.Breakdown;
import org.hamkori.reporting.service.ReportService;

/**
 * The programme's figures of a year as a DHIS2 {@code dataValueSets} document: period = the year, org units = the
 * reference data's district (or region) codes, values as strings, zeros left out (DHIS2 does not store them).
 * Counts of happenings (meetings, issues, sessions, renovations, certifications) are those of the year; stocks
 * (centres, groups, members) are those at its end, or now for the current year.
 */
@ApplicationScoped
public class Dhis2Export {

    @Inject
    ReportService reports;

    @Inject
    FiguresRepository figures;

    @Inject
    ProgrammeCalendar calendar;

    /** Org units at district level (data of a known region whose district is not in the reference data goes to the region) or at region level. */
    public enum Level { DISTRICT, REGION }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DataValue(String dataElement, String period, String orgUnit, String categoryOptionCombo,
            String value) {
    }

    public record DataValueSet(List<DataValue> dataValues) {
    }

    private record Data(Map<Place, Figures> figures, Map<Place, Map<Breakdown, Long>> breakdown) {
    }

    public ReportService.Snapshot<DataValueSet> export(Year year, Level level) {
        LocalDate today = calendar.today();
        Window window = Window.during(year, Year.from(today));
        ReportService.Snapshot<Data> data = reports.read(List.of("dhis2", window, today),
                g -> new Data(figures.byPlace(g, window, today), figures.breakdown(g, window)));
        Map<String, Figures> byOrgUnit = new HashMap<>();
        data.figures().figures().forEach((place, f) -> {
            String orgUnit = orgUnit(place, level);
            if (orgUnit != null) {
                byOrgUnit.merge(orgUnit, f, Figures::plus);
            }
        });
        Map<String, Map<Breakdown, Long>> breakdownByOrgUnit = new HashMap<>();
        data.figures().breakdown().forEach((place, counts) -> {
            String orgUnit = orgUnit(place, level);
            if (orgUnit != null) {
                counts.forEach((b, n) -> breakdownByOrgUnit.computeIfAbsent(orgUnit, o -> new HashMap<>())
                        .merge(b, n, Long::sum));
            }
        });
        String period = year.toString();
        List<DataValue> values = new ArrayList<>();
        for (DataElement element : DataElement.values()) {
            if (element.indicator() != null) {
                byOrgUnit.forEach((orgUnit, f) -> add(values, element, period, orgUnit, null, f.get(element.indicator())));
            } else {
                breakdownByOrgUnit.forEach((orgUnit, counts) -> counts.forEach((breakdown, n) -> {
                    String optionCombo = element.categoryCombo().optionCombo(breakdown);
                    if (breakdown.count() == element.count() && optionCombo != null) {
                        add(values, element, period, orgUnit, optionCombo, n);
                    }
                }));
            }
        }
        values.sort(Comparator.comparing(DataValue::orgUnit)
                .thenComparing(v -> DataElement.valueOf(v.dataElement().substring(4)))
                .thenComparing(v -> v.categoryOptionCombo() == null ? "" : v.categoryOptionCombo()));
        return new ReportService.Snapshot<>(new DataValueSet(values), data.asOf(), data.lastEventAt());
    }

    private static void add(List<DataValue> values, DataElement element, String period, String orgUnit,
            String optionCombo, long value) {
        if (value != 0) {
            values.add(new DataValue(element.code(), period, orgUnit, optionCombo, Long.toString(value)));
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
