package org.hamkori.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hamkori.contract.Sex;
import org.hamkori.contract.centers.CenterOpened;
import org.hamkori.contract.centers.CenterRegistered;
import org.hamkori.contract.centers.CenterRenovated;
import org.hamkori.contract.centers.CenterRenovationStarted;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.MeetingParticipants;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.training.AgeBand;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.reporting.ProgrammeEvents.Certification;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7, attribution: every figure report by period, phase, dates and partner, against a partner's records counted
 * by hand (a partner of this test alone, so that the figures are exactly these records), and the partners' reports.
 */
@QuarkusTest
class AttributionReportsTest extends ProgrammeEventsFixture {

    /** This run's partner and another one's; other suites never name them. */
    static final String PARTNER = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    static final String OTHER = PARTNER + "_OTHER";
    static District district;

    /**
     * PARTNER's records: a new-built centre it funds, a centre it renovated in August 2021 (funded by OTHER before);
     * a group formed in March 2021 meeting in May 2021, raising two issues, one resolved in July 2021; a group formed
     * in 2018, meeting in June 2018 raising one issue, dissolved in 2019; a session completed on 30 June 2021 with a
     * woman citizen and a police man certified, one completed in May 2019 with a police woman certified. OTHER has a
     * centre, a group with a meeting in May 2021 and a certificate of June 2021. Sent once, before the first test
     * (the service's HTTP port is known from then on).
     */
    @BeforeEach
    void partnersRecords() {
        if (district != null) {
            return;
        }
        district = ReportsApi.quietDistrict();
        UUID built = register(ConstructionType.NEW_BUILD, PARTNER);
        events.send(new CenterOpened(built, LocalDate.of(2021, 6, 21), district.regionCode(), district.code(),
                ConstructionType.NEW_BUILD, List.of(PARTNER)));
        UUID renovated = register(ConstructionType.RENOVATION, OTHER);
        events.send(new CenterOpened(renovated, LocalDate.of(2020, 3, 1), district.regionCode(), district.code(),
                ConstructionType.RENOVATION, List.of(OTHER)));
        events.send(new CenterRenovationStarted(renovated, LocalDate.of(2021, 7, 1)));
        events.send(new CenterRenovated(renovated, LocalDate.of(2021, 8, 1), List.of(PARTNER)));
        register(ConstructionType.NEW_BUILD, OTHER);

        UUID active = formGroup(PARTNER, LocalDate.of(2021, 3, 1));
        List<UUID> issues = events.holdMeeting(active, LocalDate.of(2021, 5, 10), new MeetingParticipants(3, 4, 2, 5), 2);
        events.resolve(active, issues.get(0), IssueStatus.RESOLVED, LocalDate.of(2021, 7, 1));
        UUID dissolved = formGroup(PARTNER, LocalDate.of(2018, 2, 1));
        events.holdMeeting(dissolved, LocalDate.of(2018, 6, 1), new MeetingParticipants(1, 1, 1, 1), 1);
        events.dissolve(dissolved, LocalDate.of(2019, 1, 1));
        UUID others = formGroup(OTHER, LocalDate.of(2021, 3, 1));
        events.holdMeeting(others, LocalDate.of(2021, 5, 10), new MeetingParticipants(5, 5, 5, 5), 1);

        events.completeSession(events.scheduleSession(district, "CP-101", PARTNER), LocalDate.of(2021, 6, 30), 2, 2);
        events.completeSession(events.scheduleSession(district, "CP-101", PARTNER), LocalDate.of(2019, 5, 15), 1, 1);
        certify(PARTNER, TraineeCategory.CITIZEN, Sex.FEMALE, LocalDate.of(2021, 6, 30));
        certify(PARTNER, TraineeCategory.POLICE_OFFICER, Sex.MALE, LocalDate.of(2021, 6, 30));
        certify(PARTNER, TraineeCategory.POLICE_OFFICER, Sex.FEMALE, LocalDate.of(2019, 5, 15));
        certify(OTHER, TraineeCategory.CITIZEN, Sex.FEMALE, LocalDate.of(2021, 6, 30));

        ReportsApi.awaitCondition("every record of " + PARTNER + " is applied", () -> {
            var answer = given().auth().oauth2(DevTokens.token("analyst")).queryParam("partnerCode", PARTNER)
                    .get("/reports/overview");
            if (answer.statusCode() != 200) {
                return false;
            }
            JsonPath overview = answer.jsonPath();
            return overview.getLong("centers.renovationsCompleted") == 1 && overview.getLong("issues.resolved") == 1
                    && overview.getLong("groups.dissolved") == 1 && overview.getLong("meetings.held") == 2
                    && overview.getLong("training.certified") == 3 && overview.getLong("training.sessionsCompleted") == 2;
        });
    }

    @Test
    void aPartnersOverviewCountsTheRecordsAttributedToIt() {
        JsonPath overview = overview("partnerCode=" + PARTNER);
        assertEquals(Map.of("total", 2, "open", 2, "underRenovation", 0, "closed", 0, "newBuild", 1, "renovated", 1,
                "renovationsCompleted", 1), overview.getMap("centers"), "the centre it funds and the one it renovated");
        assertEquals(1, overview.getInt("groups.active"));
        assertEquals(1, overview.getInt("groups.dissolved"));
        assertEquals(Map.of("held", 2, "participants", 9), overview.getMap("meetings"));
        assertEquals(3, overview.getInt("issues.raised"));
        assertEquals(1, overview.getInt("issues.resolved"));
        assertEquals(Map.of("sessionsCompleted", 2, "certified", 3, "police", 2, "citizens", 1, "female", 2, "male", 1),
                overview.getMap("training"));
    }

    @Test
    void aYearAQuarterAndAMonthCountWhatHappenedInThemAndStocksAtTheirEnd() {
        JsonPath year = overview("period=2021&partnerCode=" + PARTNER);
        assertEquals(0, year.getInt("centers.total"), "the centres were registered after 2021 (today)");
        assertEquals(1, year.getInt("centers.renovationsCompleted"));
        assertEquals(List.of(1, 1), figures(year, "groups.active", "groups.dissolved"));
        assertEquals(List.of(1, 2, 1), figures(year, "meetings.held", "issues.raised", "issues.resolved"));
        assertEquals(List.of(1, 2, 1, 1), figures(year, "training.sessionsCompleted", "training.certified",
                "training.female", "training.police"));

        JsonPath quarter = overview("period=2021Q2&partnerCode=" + PARTNER);
        assertEquals(List.of(1, 2, 0, 1, 2), figures(quarter, "meetings.held", "issues.raised", "issues.resolved",
                "training.sessionsCompleted", "training.certified"));
        assertEquals(0, quarter.getInt("centers.renovationsCompleted"), "completed in August");

        JsonPath month = overview("period=2021-05&partnerCode=" + PARTNER);
        assertEquals(List.of(1, 2, 0, 0), figures(month, "meetings.held", "issues.raised",
                "training.sessionsCompleted", "training.certified"));

        JsonPath days = overview("from=2021-05-10&to=2021-06-29&partnerCode=" + PARTNER);
        assertEquals(List.of(1, 2, 0, 0), figures(days, "meetings.held", "issues.raised",
                "training.sessionsCompleted", "training.certified"), "30 June is after");
    }

    @Test
    void aPhaseCountsTheRecordsDatedInIt() {
        JsonPath reform = overview("phase=POLICE_REFORM_2013_2020&partnerCode=" + PARTNER);
        assertEquals(List.of(0, 1), figures(reform, "groups.active", "groups.dissolved"));
        assertEquals(List.of(1, 2, 1), figures(reform, "meetings.held", "meetings.participants", "issues.raised"));
        assertEquals(List.of(1, 1, 1, 1), figures(reform, "training.sessionsCompleted", "training.certified",
                "training.female", "training.police"));

        JsonPath reformIn2019 = overview("phase=POLICE_REFORM_2013_2020&period=2019&partnerCode=" + PARTNER);
        assertEquals(List.of(0, 1), figures(reformIn2019, "meetings.held", "training.certified"));
    }

    @Test
    void theRegionsAndDistrictsOfAPartnerHoldItsRecordsAtTheirPlaces() {
        JsonPath districts = report("/reports/districts?period=2021&partnerCode=" + PARTNER);
        String row = "rows.find { it.districtCode == '" + district.code() + "' }.";
        assertEquals(List.of(1, 2, 2), figures(districts, row + "meetings.held", row + "issues.raised",
                row + "training.certified"));
        assertEquals(1, districts.getList("rows").stream().map(r -> ((Map<?, ?>) r).get("meetings"))
                .filter(m -> ((Number) ((Map<?, ?>) m).get("held")).intValue() > 0).count(), "only its district");

        JsonPath regions = report("/reports/regions?phase=POLICE_REFORM_2013_2020&partnerCode=" + PARTNER);
        String region = "rows.find { it.regionCode == '" + district.regionCode() + "' }.";
        assertEquals(List.of(1, 1), figures(regions, region + "meetings.held", region + "training.certified"));
    }

    @Test
    void theCertificationAndIssueReportsTakeThePartnerAndPeriodToo() {
        JsonPath bySex = report("/reports/certifications?groupBy=sex&partnerCode=" + PARTNER);
        assertEquals(List.of(Map.of("sex", "FEMALE", "count", 2), Map.of("sex", "MALE", "count", 1)),
                bySex.getList("rows"));
        JsonPath inQuarter = report("/reports/certifications?groupBy=category&period=2021Q2&partnerCode=" + PARTNER);
        assertEquals(List.of(Map.of("category", "CITIZEN", "count", 1), Map.of("category", "POLICE_OFFICER", "count", 1)),
                inQuarter.getList("rows"));
        assertEquals("2021-04-01", inQuarter.getString("from"));
        assertEquals("2021-06-30", inQuarter.getString("to"));

        JsonPath issues = report("/reports/issues?partnerCode=" + PARTNER);
        assertEquals(List.of(3, 1), figures(issues, "rows[0].raised", "rows[0].resolved"));
        JsonPath issuesOfThePhase = report("/reports/issues?phase=POLICE_REFORM_2013_2020&partnerCode=" + PARTNER);
        assertEquals(1, issuesOfThePhase.getInt("rows[0].raised"));
    }

    @Test
    void badFiltersAreBadRequestsNamingTheParameter() {
        for (String report : List.of("/reports/overview", "/reports/regions", "/reports/districts",
                "/reports/certifications", "/reports/issues")) {
            badRequest(report + "?period=2021Q5", "period");
            badRequest(report + "?period=2021-13", "period");
            badRequest(report + "?period=2021&from=2021-01-01", "period");
            badRequest(report + "?from=2021-06-01&to=2021-05-31", "to");
            badRequest(report + "?partnerCode=saferworld", "partnerCode");
            badRequest(report + "?partnerCode=" + PARTNER + "_NOBODY", "partnerCode");
            badRequest(report + "?phase=NO_SUCH_PHASE", "phase");
            badRequest(report + "?phase=POLICE_REFORM_2013_2020&period=2022", "phase");
        }
    }

    @Test
    void thePartnersReportShowsEachPartnerBesideTheProgramme() {
        JsonPath all = report("/reports/partners?period=2021");
        String row = "rows.find { it.partnerCode == '" + PARTNER + "' }.";
        assertEquals(List.of(1, 2, 1, 2), figures(all, row + "meetings.held", row + "issues.raised",
                row + "issues.resolved", row + "training.certified"));
        assertEquals(1, all.getInt("rows.find { it.partnerCode == '" + OTHER + "' }.training.certified"));
        assertTrue(all.getList("rows.partnerCode").containsAll(List.of("MVD", "SAFERWORLD", "US_EMBASSY")),
                "the phases' partners");
        assertTrue(all.getInt("programme.training.certified") >= 3);
        assertNull(all.get("programme.partnerCode"), "the programme is no partner");

        JsonPath one = report("/reports/partners/" + PARTNER);
        assertEquals(List.of(PARTNER), one.getList("rows.partnerCode"));
        assertEquals(overview("partnerCode=" + PARTNER).getMap("training"), one.getMap("rows[0].training"));
        assertEquals(report("/reports/overview").getMap("training"), one.getMap("programme.training"));

        given().auth().oauth2(DevTokens.token("analyst")).get("/reports/partners/NOBODY_AT_ALL").then().statusCode(404);
        given().auth().oauth2(DevTokens.token("analyst")).get("/reports/partners?partnerCode=" + PARTNER).then()
                .statusCode(400).body("errors[0].field", equalTo("partnerCode"));
    }

    @Test
    void aPartnerReadsItsOwnOrganisationsRowsAndOnlyTheProgrammesTotalsOfOthers() {
        String own = partnerToken(PARTNER);
        JsonPath partners = given().auth().oauth2(own).get("/reports/partners").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(List.of(PARTNER), partners.getList("rows.partnerCode"));
        assertTrue(partners.getInt("programme.training.certified") >= 4, "the programme's totals");
        given().auth().oauth2(own).get("/reports/partners/" + PARTNER).then().statusCode(200);
        given().auth().oauth2(own).get("/reports/overview?partnerCode=" + PARTNER).then().statusCode(200);

        for (String others : List.of("/reports/partners/" + OTHER, "/reports/overview?partnerCode=" + OTHER,
                "/reports/districts?partnerCode=" + OTHER, "/reports/certifications?partnerCode=" + OTHER)) {
            given().auth().oauth2(own).get(others).then().statusCode(403)
                    .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("outside-partner"));
        }
        given().auth().oauth2(own).get("/reports/overview").then().statusCode(200);

        JsonPath unnamed = given().auth().oauth2(DevTokens.token("partner")).get("/reports/partners").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(), unnamed.getList("rows"), "a partner token without partner_code reads totals only");
    }

    private static String partnerToken(String partnerCode) {
        return DevTokens.tokenFor("partner-" + partnerCode, Map.of("partner_code", partnerCode), "partner");
    }

    /** The figures of {@code report} at {@code paths}, in their order. */
    private static List<Integer> figures(JsonPath report, String... paths) {
        return Arrays.stream(paths).map(report::getInt).toList();
    }

    private static JsonPath overview(String query) {
        return report("/reports/overview?" + query);
    }

    private static JsonPath report(String path) {
        return given().auth().oauth2(DevTokens.token("analyst")).get(path).then().statusCode(200).extract().jsonPath();
    }

    private static void badRequest(String path, String field) {
        given().auth().oauth2(DevTokens.token("analyst")).get(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    private static UUID register(ConstructionType type, String partner) {
        UUID id = UUID.randomUUID();
        events.send(new CenterRegistered(id, "A-" + id.toString().substring(0, 6), "Centre", district.regionCode(),
                district.code(), "Town", new BigDecimal("37.3"), new BigDecimal("68.1"), type, List.of(partner), 4));
        return id;
    }

    private static UUID formGroup(String partner, LocalDate formedOn) {
        UUID group = UUID.randomUUID();
        events.send(new GroupFormed(group, UUID.randomUUID(), district.regionCode(), district.code(), formedOn, partner));
        return group;
    }

    private static void certify(String partner, TraineeCategory category, Sex sex, LocalDate on) {
        events.certify(new Certification(district, "CP-101", partner, category, sex, AgeBand.FROM_25_TO_34, on));
    }
}
