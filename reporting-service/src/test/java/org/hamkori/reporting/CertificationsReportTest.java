package org.hamkori.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hamkori.contract.Sex;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.training.AgeBand;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.reporting.ProgrammeEvents.Certification;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /reports/certifications}: any dimensions, any order, sorted rows, dates, revoked certificates left out. */
@QuarkusTest
class CertificationsReportTest extends ProgrammeEventsFixture {

    private static final List<String> AGE_ORDER = List.of("UNDER_18", "18_24", "25_34", "35_49", "50_PLUS");

    /** This run's partner and course, so that their rows hold only this class's certifications. */
    private static String partner;
    private static String course;
    private static District first;
    private static District second;

    /** Certifies once per run, before the first test (the application is up only from then on). */
    @BeforeEach
    void certifyOnce() {
        if (partner == null) {
            certify();
        }
    }

    private static void certify() {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        partner = "P" + run;
        course = "C-" + run;
        first = ReportsApi.quietDistrict();
        do {
            second = ReportsApi.quietDistrict();
        } while (second.code().equals(first.code()));
        certify(first, TraineeCategory.CITIZEN, Sex.FEMALE, AgeBand.FROM_18_TO_24, "2021-03-10");
        certify(first, TraineeCategory.CITIZEN, Sex.FEMALE, AgeBand.FROM_18_TO_24, "2021-03-11");
        certify(first, TraineeCategory.POLICE_OFFICER, Sex.MALE, AgeBand.FROM_35_TO_49, "2021-04-02");
        certify(second, TraineeCategory.CITIZEN, Sex.MALE, AgeBand.UNDER_18, "2021-04-30");
        certify(second, TraineeCategory.POLICE_OFFICER, Sex.FEMALE, AgeBand.FIFTY_PLUS, "2021-05-01");
        UUID revoked = certify(second, TraineeCategory.CITIZEN, Sex.FEMALE, AgeBand.UNDER_18, "2021-04-30");
        events.revoke(revoked, LocalDate.parse("2021-06-01"));
        ReportsApi.settle();
    }

    private static UUID certify(District district, TraineeCategory category, Sex sex, AgeBand age, String on) {
        return events.certify(new Certification(district, course, partner, category, sex, age, LocalDate.parse(on)));
    }

    private static List<Map<String, Object>> rows(String query) {
        return ReportsApi.get("/reports/certifications?" + query).getList("rows");
    }

    private static List<Map<String, Object>> ours(String query) {
        return rows(query).stream().filter(r -> partner.equals(r.get("partnerCode")) || course.equals(r.get("courseCode")))
                .toList();
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    @Test
    void rowsCountValidCertificatesByTheDimensionsInTheOrderGivenSortedByThem() {
        assertEquals(List.of(
                        row("partnerCode", partner, "sex", "FEMALE", "ageBand", "18_24", "count", 2),
                        row("partnerCode", partner, "sex", "FEMALE", "ageBand", "50_PLUS", "count", 1),
                        row("partnerCode", partner, "sex", "MALE", "ageBand", "UNDER_18", "count", 1),
                        row("partnerCode", partner, "sex", "MALE", "ageBand", "35_49", "count", 1)),
                ours("groupBy=partnerCode,sex,ageBand"));
        assertEquals(List.of(
                        row("ageBand", "UNDER_18", "partnerCode", partner, "count", 1),
                        row("ageBand", "18_24", "partnerCode", partner, "count", 2),
                        row("ageBand", "35_49", "partnerCode", partner, "count", 1),
                        row("ageBand", "50_PLUS", "partnerCode", partner, "count", 1)),
                ours("groupBy=ageBand&groupBy=partnerCode"));
        Comparator<Map<String, Object>> byMonthAndDistrict = Comparator
                .comparing((Map<String, Object> r) -> (String) r.get("month"))
                .thenComparing(r -> (String) r.get("districtCode"));
        assertEquals(Stream.of(
                        row("courseCode", course, "month", "2021-03", "districtCode", first.code(),
                                "regionCode", first.regionCode(), "category", "CITIZEN", "count", 2),
                        row("courseCode", course, "month", "2021-04", "districtCode", first.code(),
                                "regionCode", first.regionCode(), "category", "POLICE_OFFICER", "count", 1),
                        row("courseCode", course, "month", "2021-04", "districtCode", second.code(),
                                "regionCode", second.regionCode(), "category", "CITIZEN", "count", 1),
                        row("courseCode", course, "month", "2021-05", "districtCode", second.code(),
                                "regionCode", second.regionCode(), "category", "POLICE_OFFICER", "count", 1))
                        .sorted(byMonthAndDistrict).toList(),
                ours("groupBy=courseCode,month,districtCode,regionCode,category"));
    }

    @Test
    void everyDimensionTogetherListsEachCellSortedDimensionByDimension() {
        List<Map<String, Object>> rows = rows(
                "groupBy=regionCode,districtCode,category,sex,ageBand,partnerCode,courseCode,month");
        assertEquals(5, rows.stream().filter(r -> partner.equals(r.get("partnerCode")))
                .mapToInt(r -> (Integer) r.get("count")).sum());
        List<Map<String, Object>> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Map<String, Object> r) -> (String) r.get("regionCode"))
                .thenComparing(r -> (String) r.get("districtCode"))
                .thenComparing(r -> (String) r.get("category"))
                .thenComparing(r -> (String) r.get("sex"))
                .thenComparing(r -> AGE_ORDER.indexOf((String) r.get("ageBand")))
                .thenComparing(r -> (String) r.get("partnerCode"), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> (String) r.get("courseCode"))
                .thenComparing(r -> (String) r.get("month")));
        assertEquals(sorted, rows);
    }

    @Test
    void fromAndToSelectByTheDayOfCertificationInclusively() {
        assertEquals(List.of(row("partnerCode", partner, "count", 3)),
                ours("groupBy=partnerCode&from=2021-03-11&to=2021-04-30"));
        assertEquals(List.of(row("partnerCode", partner, "count", 1)), ours("groupBy=partnerCode&from=2021-05-01"));
        assertEquals(List.of(row("partnerCode", partner, "count", 1)), ours("groupBy=partnerCode&to=2021-03-10"));
        JsonPath report = ReportsApi.get("/reports/certifications?groupBy=sex&from=2021-03-11&to=2021-04-30");
        assertEquals(List.of("sex"), report.getList("groupBy"));
        assertEquals("2021-03-11", report.getString("from"));
        assertEquals("2021-04-30", report.getString("to"));
    }

    @Test
    void withoutDimensionsTheOneRowIsEveryValidCertificate() {
        ReportsApi.settle();
        List<Map<String, Object>> rows = ReportsApi.get("/reports/certifications").getList("rows");
        long certified = ReportsApi.get("/reports/overview").getLong("training.certified");
        assertEquals(1, rows.size());
        assertEquals(certified, ((Number) rows.get(0).get("count")).longValue());
        assertTrue(certified >= 5);
    }

    @Test
    void anUnknownOrRepeatedDimensionIsABadRequestThatNamesIt() {
        given().auth().oauth2(DevTokens.token("analyst")).get("/reports/certifications?groupBy=sex,shoeSize")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("groupBy"))
                .body("errors[0].message", containsString("shoeSize"));
        given().auth().oauth2(DevTokens.token("analyst")).get("/reports/certifications?groupBy=sex,month,sex")
                .then().statusCode(400).body("errors[0].field", equalTo("groupBy"))
                .body("errors[0].message", containsString("sex"));
    }

    @Test
    void badDatesAreBadRequestsThatNameTheParameter() {
        given().auth().oauth2(DevTokens.token("partner")).get("/reports/certifications?from=2021-13-01")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(DevTokens.token("partner")).get("/reports/certifications?from=2021-05-01&to=2021-04-01")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void datesOutsideTheProgrammeAreBadRequestsThatNameTheParameter() {
        given().auth().oauth2(DevTokens.token("partner")).urlEncodingEnabled(false)
                .get("/reports/certifications?to=%2B9999999-12-31")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(DevTokens.token("partner")).get("/reports/certifications?from=0001-01-01")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }
}
