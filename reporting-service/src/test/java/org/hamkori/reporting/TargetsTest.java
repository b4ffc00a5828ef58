package org.hamkori.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.hamkori.contract.Sex;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.contract.training.AgeBand;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.reporting.ProgrammeEvents.Certification;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.Test;

/** Programme targets per indicator and year, and the overview's target, actual and percentage. */
@QuarkusTest
class TargetsTest extends ProgrammeEventsFixture {

    private static final Year CURRENT = Year.now(ZoneId.of("Asia/Dushanbe"));

    private static ExtractableResponse<Response> read() {
        return given().auth().oauth2(DevTokens.token("partner")).get("/reports/targets").then().statusCode(200)
                .extract();
    }

    private static Response put(String ifMatch, List<Map<String, Object>> items) {
        var request = given().auth().oauth2(DevTokens.token("admin")).contentType(ContentType.JSON)
                .body(Map.of("items", items));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/reports/targets");
    }

    private static Map<String, Object> target(String indicator, int year, long target) {
        return Map.of("indicator", indicator, "year", year, "target", target);
    }

    @Test
    void theAdminReplacesTheTargetsWithIfMatchAndEveryoneReadsThem() {
        String etag = read().header("ETag");
        Response put = put(etag, List.of(target("centers.open", 2021, 54),
                target("groups.active", 2021, 37), target("training.certified", 2021, 3000)));
        assertEquals(200, put.statusCode());
        String newEtag = put.header("ETag");
        assertEquals("\"" + put.jsonPath().getLong("version") + "\"", newEtag);

        JsonPath targets = given().auth().oauth2(DevTokens.token("analyst")).get("/reports/targets?year=2021")
                .then().statusCode(200).header("ETag", newEtag).extract().jsonPath();
        assertEquals(List.of(Map.of("indicator", "centers.open", "year", 2021, "target", 54, "kind", "COUNT"),
                Map.of("indicator", "groups.active", "year", 2021, "target", 37, "kind", "COUNT"),
                Map.of("indicator", "training.certified", "year", 2021, "target", 3000, "kind", "COUNT")),
                targets.getList("items"), "a target without a kind is a count");

        assertEquals(412, put(etag, List.of(target("centers.open", 2021, 1))).statusCode(), "a stale If-Match");
        assertEquals(54, given().auth().oauth2(DevTokens.token("admin")).get("/reports/targets")
                .then().extract().jsonPath().getInt("items.find { it.indicator == 'centers.open' }.target"));
    }

    @Test
    void puttingTheSameTargetsAgainKeepsTheVersion() {
        List<Map<String, Object>> targets = List.of(target("groups.active", 2022, System.nanoTime() % 100_000));
        String etag = put(read().header("ETag"), targets).then().statusCode(200).extract().header("ETag");
        put(etag, targets).then().statusCode(200).header("ETag", etag);
        assertEquals(etag, read().header("ETag"));
    }

    @Test
    void invalidTargetsAreRejectedNamingEachFieldAndChangeNothing() {
        String etag = read().header("ETag");
        put(etag, List.of(target("centers.open", 2021, 54), target("centers.elsewhere", 2021, 3),
                target("centers.open", 2021, 55))).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("items[1].indicator", "items[2].indicator")));
        put(etag, List.of(Map.of("indicator", "centers.open", "year", 1999, "target", -1))).then().statusCode(400)
                .body("errors.field", equalTo(List.of("items[0].target", "items[0].year")));
        given().auth().oauth2(DevTokens.token("admin")).contentType(ContentType.JSON).body("{}")
                .put("/reports/targets").then().statusCode(400).body("errors[0].field", equalTo("items"));
        assertEquals(etag, read().header("ETag"), "nothing changed");
    }

    @Test
    void badTargetsAreRejectedNamingTheField() {
        String etag = read().header("ETag");
        put(etag, List.of(share("training.female", "training.certified", 101, Map.of()),
                Map.of("indicator", "training.female", "year", 2021, "target", 30, "kind", "SHARE"),
                share("training.female", "training.everyone", 30, Map.of()),
                share("training.female", "training.certified", 30, Map.of("phase", "NO_SUCH_PHASE")),
                share("training.female", "training.certified", 30, Map.of("partnerCode", "NOBODY_AT_ALL")),
                share("training.female", "training.certified", 30, Map.of("regionCode", "ATLANTIS")),
                Map.of("indicator", "training.female", "year", 2021, "target", 3, "denominator", "training.certified")))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("items[0].target", "items[1].denominator",
                        "items[2].denominator", "items[3].phase", "items[4].partnerCode", "items[5].regionCode",
                        "items[6].denominator")));
        put(etag, List.of(Map.of("indicator", "training.female", "year", 2021, "target", 3, "kind", "PERCENT")))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.containsString("kind"));
        assertEquals(etag, read().header("ETag"), "nothing changed");
    }

    /**
     * Hand-counted: a partner of this test alone certifies two women and a man in 2021 in one district, a woman in 2019
     * (the police reform phase) and a man in another region in 2021.
     */
    @Test
    void countAndShareTargetsOfAPhasePartnerAndRegionShowTheirOwnProgress() {
        String partner = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        District district = ReportsApi.quietDistrict();
        District elsewhere = ReferenceData.get().districts().stream()
                .filter(d -> !d.regionCode().equals(district.regionCode())).findFirst().orElseThrow();
        certify(district, partner, Sex.FEMALE, LocalDate.of(2021, 3, 1));
        certify(district, partner, Sex.FEMALE, LocalDate.of(2021, 7, 1));
        certify(district, partner, Sex.MALE, LocalDate.of(2021, 7, 1));
        certify(district, partner, Sex.FEMALE, LocalDate.of(2019, 5, 1));
        certify(elsewhere, partner, Sex.MALE, LocalDate.of(2021, 8, 1));
        ReportsApi.awaitPartnerOverview(partner, o -> o.getLong("training.certified") == 5);

        put(read().header("ETag"), List.of(
                share("training.female", "training.certified", 30, Map.of("partnerCode", partner)),
                share("training.female", "training.certified", 50,
                        Map.of("partnerCode", partner, "regionCode", district.regionCode())),
                Map.of("indicator", "training.certified", "year", 2021, "target", 8, "kind", "COUNT",
                        "partnerCode", partner),
                Map.of("indicator", "training.certified", "year", 2021, "target", 2, "phase",
                        "POLICE_REFORM_2013_2020", "partnerCode", partner))).then().statusCode(200);

        JsonPath targets = given().auth().oauth2(DevTokens.token("analyst")).get("/reports/targets?year=2021")
                .then().statusCode(200).extract().jsonPath();
        String ofPartner = "progress.find { it.kind == 'SHARE' && it.regionCode == null }.";
        assertEquals(List.of(3, 5), List.of(targets.getInt(ofPartner + "actual"),
                targets.getInt(ofPartner + "denominatorActual")), "women of all certified, up to the end of 2021");
        assertEquals(60.0, targets.getDouble(ofPartner + "share"), FLOAT_PRECISION);
        assertEquals(200.0, targets.getDouble(ofPartner + "percentage"), FLOAT_PRECISION);
        String ofRegion = "progress.find { it.kind == 'SHARE' && it.regionCode != null }.";
        assertEquals(List.of(3, 4), List.of(targets.getInt(ofRegion + "actual"),
                targets.getInt(ofRegion + "denominatorActual")), "the region's only");
        assertEquals(75.0, targets.getDouble(ofRegion + "share"), FLOAT_PRECISION);
        assertEquals(150.0, targets.getDouble(ofRegion + "percentage"), FLOAT_PRECISION);
        String count = "progress.find { it.kind == 'COUNT' && it.phase == null }.";
        assertEquals(5, targets.getInt(count + "actual"));
        assertEquals(62.5, targets.getDouble(count + "percentage"), FLOAT_PRECISION);
        String phase = "progress.find { it.phase == 'POLICE_REFORM_2013_2020' }.";
        assertEquals(1, targets.getInt(phase + "actual"), "the phase ended in 2020");
        assertEquals(50.0, targets.getDouble(phase + "percentage"), FLOAT_PRECISION);

        JsonPath overview = ReportsApi.get("/reports/overview?year=2021");
        assertEquals(targets.getList("progress"), overview.getList("targets.items"), "the overview shows the same");
    }

    @Test
    void theOverviewShowsTargetActualAndPercentageForTheCurrentYear() {
        ReportsApi.settle();
        long certified = ReportsApi.get("/reports/overview").getLong("training.certified");
        long target = certified * 2 + 7;
        put(read().header("ETag"), List.of(target("training.certified", CURRENT.getValue(), target),
                target("groups.active", CURRENT.getValue(), 0), target("centers.open", CURRENT.getValue() - 1, 5)))
                .then().statusCode(200);

        JsonPath overview = ReportsApi.get("/reports/overview");
        assertEquals(CURRENT.getValue(), overview.getInt("targets.year"));
        assertEquals(2, overview.getList("targets.items").size(), "only this year's targets");
        assertEquals(target, overview.getLong("targets.items.find { it.indicator == 'training.certified' }.target"));
        long actual = overview.getLong("targets.items.find { it.indicator == 'training.certified' }.actual");
        assertEquals(overview.getLong("training.certified"), actual, "this year's actual is the current figure");
        assertEquals(percentage(actual, target), overview.getDouble(
                "targets.items.find { it.indicator == 'training.certified' }.percentage"), FLOAT_PRECISION);
        assertNull(overview.get("targets.items.find { it.indicator == 'groups.active' }.percentage"),
                "no percentage of a zero target");
    }

    @Test
    void aPastYearsActualIsTheFigureAtItsEnd() {
        int year = 2001 + ThreadLocalRandom.current().nextInt(15);
        put(read().header("ETag"), List.of(target("training.certified", year, 40))).then().statusCode(200);
        District district = ReportsApi.quietDistrict();
        ReportsApi.settle();
        JsonPath before = ReportsApi.get("/reports/overview?year=" + year);

        certify(district, LocalDate.of(year, 12, 31));
        certify(district, LocalDate.of(year - 1, 6, 1));
        certify(district, LocalDate.of(year + 1, 1, 1));
        ReportsApi.settle();

        JsonPath after = ReportsApi.get("/reports/overview?year=" + year);
        String item = "targets.items.find { it.indicator == 'training.certified' }.";
        assertEquals(year, after.getInt("targets.year"));
        assertEquals(before.getLong(item + "actual") + 2, after.getLong(item + "actual"),
                "certified up to 31 December only");
        assertEquals(before.getLong("training.certified") + 3, after.getLong("training.certified"),
                "the overview's own figures stay current");
        assertEquals(percentage(after.getLong(item + "actual"), 40), after.getDouble(item + "percentage"), FLOAT_PRECISION);
    }

    @Test
    void aYearThatIsNotOneIsABadRequest() {
        given().auth().oauth2(DevTokens.token("analyst")).get("/reports/overview?year=twenty").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().auth().oauth2(DevTokens.token("analyst")).get("/reports/targets?year=1850").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    private static Map<String, Object> share(String indicator, String denominator, long percent,
            Map<String, Object> scope) {
        Map<String, Object> target = new java.util.HashMap<>(Map.of("indicator", indicator, "year", 2021, "target",
                percent, "kind", "SHARE", "denominator", denominator));
        target.putAll(scope);
        return target;
    }

    private static void certify(District district, String partner, Sex sex, LocalDate on) {
        events.certify(new Certification(district, "CP-101", partner, TraineeCategory.CITIZEN, sex,
                AgeBand.FROM_25_TO_34, on));
    }

    private static void certify(District district, LocalDate on) {
        events.certify(new Certification(district, "CP-101", "MVD", TraineeCategory.POLICE_OFFICER, Sex.FEMALE,
                AgeBand.FROM_35_TO_49, on));
    }

    /** JsonPath reads JSON numbers as floats; a percentage has one decimal, far above this. */
    private static final double FLOAT_PRECISION = 1e-4;

    private static double percentage(long actual, long target) {
        return BigDecimal.valueOf(actual * 100).divide(BigDecimal.valueOf(target), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
