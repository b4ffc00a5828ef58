package org.hamkori.reporting.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hamkori.kit.repository.SqlValues;
import org.hamkori.reporting.Dimension;
import org.hamkori.reporting.Figures;
import org.hamkori.reporting.Generation;
import org.hamkori.reporting.Indicator;
import org.hamkori.reporting.ProgrammeCalendar;
import org.hamkori.reporting.ReportFilter;
import org.hamkori.reporting.Window;
import org.hamkori.reporting.repository.AttributionRepository;
import org.hamkori.reporting.repository.FiguresRepository;
import org.hamkori.reporting.repository.IssueRepository;

/**
 * Compares two generations figure by figure: every indicator of every place and of every partner, every non-zero
 * cell of the certification counts, every figure of the issue report by all its dimensions, and the freshness of every topic.
 * Run inside one snapshot.
 */
@ApplicationScoped
public class ReadModelComparison {

    private static final int DIFFERENCES_SHOWN = 50;

    @Inject
    FiguresRepository figures;

    @Inject
    IssueRepository issues;

    @Inject
    AttributionRepository attributions;

    @Inject
    ProgrammeCalendar calendar;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    public record Difference(String figure, Long incremental, Long rebuilt) {
    }

    /**
     * @param liveConsumerCaughtUp whether both generations had every event up to the same offsets; only then must
     *                             they agree exactly
     */
    public record Comparison(int figuresCompared, int differencesFound, List<Difference> differences,
            boolean liveConsumerCaughtUp) {
    }

    public Comparison compare(Generation incremental, Generation rebuilt, boolean liveConsumerCaughtUp) {
        LocalDate today = calendar.today();
        Map<String, Long> before = figuresOf(incremental, today);
        Map<String, Long> after = figuresOf(rebuilt, today);
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                differences.add(new Difference(name, before.get(name), after.get(name)));
            }
        }
        return new Comparison(names.size(), differences.size(),
                differences.subList(0, Math.min(DIFFERENCES_SHOWN, differences.size())), liveConsumerCaughtUp);
    }

    public String toJson(Comparison comparison) {
        try {
            return json.writeValueAsString(comparison);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Non-zero figures by name; a figure that is zero in one generation and absent in the other is no difference. */
    Map<String, Long> figuresOf(Generation generation, LocalDate today) {
        Map<String, Long> named = new TreeMap<>();
        figures.byPlace(generation, Window.ALL, today).forEach((place, f) -> {
            for (Indicator indicator : Indicator.values()) {
                put(named, "place " + place.regionCode() + "/" + place.districtCode() + " " + indicator.path(),
                        f.get(indicator));
            }
        });
        for (String partner : attributions.partners(generation)) {
            Figures ofPartner = figures.byPlace(generation, ReportFilter.NONE.ofPartner(partner), today).values()
                    .stream().reduce(Figures.NONE, Figures::plus);
            for (Indicator indicator : Indicator.values()) {
                put(named, "partner " + partner + " " + indicator.path(), ofPartner.get(indicator));
            }
        }
        rows(generation, """
                SELECT concat_ws('/', certified_on, region_code, district_code, category, sex, age_band,
                                 COALESCE(partner_code, '-'), course_code), certified
                FROM {rm}.certification_daily
                """).forEach(r -> put(named, "certifications " + r[0], ((Number) r[1]).longValue()));
        for (IssueRepository.Row row : issues.count(generation, List.copyOf(Dimension.OF_ISSUES), null, null, today, null)) {
            List<Object> values = row.figures();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    put(named, "issues " + String.join("/", row.values().stream().map(String::valueOf).toList()) + " "
                            + IssueRepository.Row.FIGURE_NAMES.get(i), ((Number) values.get(i)).longValue());
                }
            }
        }
        rows(generation, "SELECT topic, events_applied, last_event_at FROM {rm}.feed").forEach(r -> {
            put(named, "feed " + r[0] + " eventsApplied", ((Number) r[1]).longValue());
            put(named, "feed " + r[0] + " lastEventAt", SqlValues.instant(r[2]).toEpochMilli());
        });
        return named;
    }

    private List<Object[]> rows(Generation generation, String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(generation.sql(sql)).getResultList();
        return rows;
    }

    private static void put(Map<String, Long> named, String name, long value) {
        if (value != 0) {
            named.put(name, value);
        }
    }
}
