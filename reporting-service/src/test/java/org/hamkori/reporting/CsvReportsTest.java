package org.hamkori.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.contract.reference.Region;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.Test;

/** Every report as CSV: a header row, UTF-8, names in the language asked for, the same figures as the JSON. */
@QuarkusTest
class CsvReportsTest {

    private static final List<String> INDICATORS = List.of("centers.total", "centers.open", "centers.underRenovation",
            "centers.closed", "centers.newBuild", "centers.renovated", "centers.renovationsCompleted", "groups.active",
            "groups.dissolved", "groups.members.total", "groups.members.police", "groups.members.community",
            "groups.members.female", "groups.members.male", "meetings.held", "meetings.participants", "issues.raised",
            "issues.resolved", "issues.referred", "issues.inProgress", "issues.overdueActions",
            "training.sessionsCompleted", "training.certified", "training.police",
            "training.citizens", "training.female", "training.male");

    private static JsonPath json(String path, String language) {
        return given().auth().oauth2(DevTokens.token("analyst")).header("Accept-Language", language).get(path)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    private static CsvTable csv(String path, String language) {
        String text = given().auth().oauth2(DevTokens.token("partner")).accept("text/csv")
                .header("Accept-Language", language).get(path).then().statusCode(200)
                .contentType("text/csv;charset=UTF-8")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename="))
                .extract().asString();
        return CsvTable.parse(text);
    }

    /** Reads the CSV between two equal JSON reports, so that both show the same moment. */
    private static <T> T stable(Supplier<JsonPath> json, Supplier<T> csv, java.util.function.BiConsumer<JsonPath, T> compare) {
        ReportsApi.settle();
        for (int attempt = 0; ; attempt++) {
            JsonPath before = json.get();
            T table = csv.get();
            JsonPath after = json.get();
            if (withoutTime(before).equals(withoutTime(after)) || attempt == 4) {
                compare.accept(after, table);
                return table;
            }
        }
    }

    private static String withoutTime(JsonPath report) {
        return report.prettify().replaceAll("\"asOf\": \"[^\"]*\"", "");
    }

    @Test
    void districtsRoundTripWithTheJsonReportWithNamesInRussian() {
        CsvTable table = stable(() -> json("/reports/districts", "ru"), () -> csv("/reports/districts", "ru"),
                (report, csv) -> {
                    List<String> header = new ArrayList<>(List.of("regionCode", "districtCode", "name"));
                    header.addAll(INDICATORS);
                    assertEquals(header, csv.header());
                    List<Map<String, Object>> rows = report.getList("rows");
                    assertEquals(rows.size(), csv.rows().size());
                    for (int i = 0; i < rows.size(); i++) {
                        String row = "rows[" + i + "].";
                        Map<String, String> line = csv.rows().get(i);
                        assertEquals(report.getString(row + "districtCode"), line.get("districtCode"));
                        assertEquals(report.getString(row + "regionCode"), line.get("regionCode"));
                        assertEquals(report.getString(row + "name"), line.get("name"));
                        for (String indicator : INDICATORS) {
                            assertEquals(report.getString(row + indicator), line.get(indicator),
                                    line.get("districtCode") + " " + indicator);
                        }
                    }
                });
        assertEquals(ReferenceData.get().districts().size(), table.rows().size());
        assertEquals("Фархор", table.rows().stream().filter(r -> r.get("districtCode").equals("KHATLON.FARKHOR"))
                .findFirst().orElseThrow().get("name"));
    }

    @Test
    void regionsAnswerFormatCsvWithNamesInTajik() {
        String text = given().auth().oauth2(DevTokens.token("coordinator")).header("Accept-Language", "tg")
                .get("/reports/regions?format=csv").then().statusCode(200).contentType("text/csv;charset=UTF-8")
                .header("Last-Modified", notNullValue()).extract().asString();
        CsvTable table = CsvTable.parse(text);
        List<String> header = new ArrayList<>(List.of("regionCode", "name"));
        header.addAll(INDICATORS);
        assertEquals(header, table.header());
        List<Region> regions = ReferenceData.get().regions();
        assertEquals(regions.stream().map(Region::code).toList(), table.rows().stream().map(r -> r.get("regionCode")).toList());
        assertEquals(regions.stream().map(r -> r.name().tg()).toList(), table.rows().stream().map(r -> r.get("name")).toList());
    }

    @Test
    void theOverviewListsEveryIndicatorWithItsValue() {
        stable(() -> json("/reports/overview", "en"), () -> csv("/reports/overview?format=csv", "en"), (report, csv) -> {
            assertEquals(List.of("indicator", "value", "year", "target", "actual", "percentage"), csv.header());
            assertEquals(INDICATORS, csv.rows().stream().map(r -> r.get("indicator")).toList());
            for (Map<String, String> row : csv.rows()) {
                assertEquals(report.getString(row.get("indicator")), row.get("value"), row.get("indicator"));
                assertEquals(report.getString("targets.year"), row.get("year"));
            }
        });
    }

    @Test
    void certificationsNameTheirRegionsAndDistrictsInTheLanguageAsked() {
        stable(() -> json("/reports/certifications?groupBy=districtCode,regionCode,sex", "ru"),
                () -> csv("/reports/certifications?groupBy=districtCode,regionCode,sex", "ru"), (report, csv) -> {
                    assertEquals(List.of("districtCode", "districtName", "regionCode", "regionName", "sex", "count"),
                            csv.header());
                    List<Map<String, Object>> rows = report.getList("rows");
                    assertEquals(rows.size(), csv.rows().size());
                    for (int i = 0; i < rows.size(); i++) {
                        Map<String, String> line = csv.rows().get(i);
                        assertEquals(rows.get(i).get("districtCode"), line.get("districtCode"));
                        assertEquals(rows.get(i).get("sex"), line.get("sex"));
                        assertEquals(String.valueOf(rows.get(i).get("count")), line.get("count"));
                        District district = ReferenceData.get().district(line.get("districtCode")).orElseThrow();
                        assertEquals(district.name().ru(), line.get("districtName"));
                        assertEquals(ReferenceData.get().region(line.get("regionCode")).orElseThrow().name().ru(),
                                line.get("regionName"));
                    }
                });
    }

    @Test
    void targetsAnswerCsvToo() {
        CsvTable table = csv("/reports/targets", "en");
        assertEquals(List.of("indicator", "year", "target", "kind", "denominator", "phase", "partnerCode", "regionCode",
                "actual", "denominatorActual", "share", "percentage"), table.header(), "each target with its progress");
        JsonPath targets = json("/reports/targets", "en");
        assertEquals(targets.getList("items").size(), table.rows().size());
    }

    @Test
    void anUnknownFormatIsABadRequestNamingIt() {
        given().auth().oauth2(DevTokens.token("analyst")).get("/reports/districts?format=xml").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
    }
}
