package org.hamkori.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TotalsTest {

    private static final Totals TOTALS = Totals.of(ScenarioGenerator.generate(1, 0.1));

    @Test
    void theTotalsHaveTheShapeOfTheOverview() {
        var json = TOTALS.toJson(new ObjectMapper());
        for (String figure : Totals.FIGURES) {
            assertTrue(json.at("/" + figure.replace('.', '/')).isNumber(), figure);
        }
        List<String> sections = new ArrayList<>();
        json.fieldNames().forEachRemaining(sections::add);
        assertEquals(List.of("centers", "groups", "meetings", "issues", "training"), sections);
    }

    @Test
    void theOverallFiguresAreTheSumOfTheDistricts() {
        Map<String, Long> overall = TOTALS.overall();
        for (String figure : Totals.FIGURES) {
            assertEquals(overall.get(figure),
                    TOTALS.byDistrict().values().stream().mapToLong(figures -> figures.get(figure)).sum(), figure);
        }
        assertEquals(overall.get("groups.members.total"),
                overall.get("groups.members.police") + overall.get("groups.members.community"));
        assertEquals(overall.get("training.certified"),
                overall.get("training.female") + overall.get("training.male"));
    }

    @Test
    void eachGroupAndSessionCountsForItsOnePartnerAndEachCentreForEveryPartnerThatFundedIt() {
        Map<String, Long> overall = TOTALS.overall();
        for (String figure : Totals.FIGURES) {
            long summedOverPartners = TOTALS.byPartner().values().stream().mapToLong(f -> f.get(figure)).sum();
            if (figure.startsWith("centers.")) {
                assertTrue(summedOverPartners >= overall.get(figure), figure);
                TOTALS.byPartner().values().forEach(f -> assertTrue(f.get(figure) <= overall.get(figure), figure));
            } else {
                assertEquals(overall.get(figure), summedOverPartners, figure);
            }
        }
    }
}
