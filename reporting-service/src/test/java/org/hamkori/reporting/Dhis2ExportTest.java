package org.hamkori.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.hamkori.contract.Sex;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.MeetingParticipants;
import org.hamkori.contract.groups.MemberRole;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.contract.training.AgeBand;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.reporting.ProgrammeEvents.Certification;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.Test;

/** {@code GET /reports/export/dhis2}: a dataValueSets document of the codes documented in the README (DHIS2 export). */
@QuarkusTest
class Dhis2ExportTest extends ProgrammeEventsFixture {

    /** Data elements of the default category combination. */
    private static final Set<String> PLAIN = Set.of("HMK_CENTRES_REGISTERED", "HMK_CENTRES_OPEN",
            "HMK_CENTRES_UNDER_RENOVATION", "HMK_CENTRES_CLOSED", "HMK_CENTRES_NEW_BUILD", "HMK_CENTRES_RENOVATED",
            "HMK_CENTRE_RENOVATIONS_COMPLETED", "HMK_GROUPS_ACTIVE", "HMK_GROUPS_DISSOLVED", "HMK_MEETINGS_HELD",
            "HMK_ISSUES_RAISED", "HMK_ISSUES_RESOLVED", "HMK_ISSUES_REFERRED", "HMK_TRAINING_SESSIONS_COMPLETED");
    private static final Set<String> SEX_AND_SERVICE = Set.of("HMK_FEMALE_POLICE", "HMK_FEMALE_CIVILIAN",
            "HMK_MALE_POLICE", "HMK_MALE_CIVILIAN");
    /** Disaggregated data elements and their category option combinations. */
    private static final Map<String, Set<String>> DISAGGREGATED = Map.of(
            "HMK_GROUP_MEMBERS", SEX_AND_SERVICE,
            "HMK_PEOPLE_CERTIFIED", SEX_AND_SERVICE,
            "HMK_MEETING_PARTICIPANTS_BY_SEX", Set.of("HMK_FEMALE", "HMK_MALE"),
            "HMK_MEETING_PARTICIPANTS_BY_SERVICE", Set.of("HMK_POLICE", "HMK_CIVILIAN"));

    private static List<Map<String, String>> export(String query) {
        return given().auth().oauth2(DevTokens.token("analyst")).get("/reports/export/dhis2?" + query)
                .then().statusCode(200).contentType("application/json").extract().jsonPath().getList("dataValues");
    }

    /** Values by "orgUnit dataElement [categoryOptionCombo]", every partner's (attribute option combo) together. */
    private static Map<String, Long> values(List<Map<String, String>> dataValues) {
        Map<String, Long> values = new HashMap<>();
        for (Map<String, String> v : dataValues) {
            values.merge(v.get("orgUnit") + " " + v.get("dataElement")
                    + (v.get("categoryOptionCombo") == null ? "" : " " + v.get("categoryOptionCombo")),
                    Long.parseLong(v.get("value")), Long::sum);
        }
        return values;
    }

    /** The values of one attribute option combination, by "period orgUnit dataElement [categoryOptionCombo]". */
    private static Map<String, Long> valuesOf(String attributeOptionCombo, List<Map<String, String>> dataValues) {
        Map<String, Long> values = new HashMap<>();
        for (Map<String, String> v : dataValues) {
            if (attributeOptionCombo.equals(v.get("attributeOptionCombo"))) {
                assertEquals(null, values.put(v.get("period") + " " + v.get("orgUnit") + " " + v.get("dataElement")
                        + (v.get("categoryOptionCombo") == null ? "" : " " + v.get("categoryOptionCombo")),
                        Long.parseLong(v.get("value"))), "one value a key: " + v);
            }
        }
        return values;
    }

    /**
     * Hand-counted, for a partner of this test alone: in 2021Q2 it forms a group (a police woman joins), holds a
     * meeting raising an issue it resolves in June, completes a session and certifies two police women on 30 June;
     * it certifies a civilian man on 31 March and meets again in July, both outside the quarter.
     */
    @Test
    void aQuarterAndAMonthCarryEachPartnersValuesAsItsAttributeOptionCombo() {
        String partner = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        District district = ReportsApi.quietDistrict();
        UUID group = UUID.randomUUID();
        events.send(new GroupFormed(group, UUID.randomUUID(), district.regionCode(), district.code(),
                LocalDate.of(2021, 4, 5), partner));
        events.join(group, MemberRole.POLICE_OFFICER, Sex.FEMALE, LocalDate.of(2021, 4, 5));
        UUID issue = events.holdMeeting(group, LocalDate.of(2021, 5, 10), new MeetingParticipants(3, 2, 1, 4), 1)
                .get(0);
        events.resolve(group, issue, IssueStatus.RESOLVED, LocalDate.of(2021, 6, 20));
        events.holdMeeting(group, LocalDate.of(2021, 7, 2), new MeetingParticipants(1, 1, 1, 1), 0);
        events.completeSession(events.scheduleSession(district, "CP-201", partner), LocalDate.of(2021, 6, 30), 2, 2);
        for (LocalDate on : List.of(LocalDate.of(2021, 6, 30), LocalDate.of(2021, 6, 30))) {
            events.certify(new Certification(district, "CP-201", partner, TraineeCategory.POLICE_OFFICER, Sex.FEMALE,
                    AgeBand.FROM_18_TO_24, on));
        }
        events.certify(new Certification(district, "CP-201", partner, TraineeCategory.CITIZEN, Sex.MALE,
                AgeBand.FROM_18_TO_24, LocalDate.of(2021, 3, 31)));
        String aoc = "HMK_PARTNER_" + partner;
        String year = "2021 " + district.code() + " ";
        ReportsApi.awaitCondition("every record of " + partner + " is applied", () -> {
            Map<String, Long> in2021 = valuesOf(aoc, export("period=2021"));
            return in2021.getOrDefault(year + "HMK_MEETINGS_HELD", 0L) == 2
                    && in2021.getOrDefault(year + "HMK_TRAINING_SESSIONS_COMPLETED", 0L) == 1
                    && in2021.getOrDefault(year + "HMK_PEOPLE_CERTIFIED HMK_FEMALE_POLICE", 0L) == 2
                    && in2021.getOrDefault(year + "HMK_PEOPLE_CERTIFIED HMK_MALE_CIVILIAN", 0L) == 1;
        });

        String q2 = "2021Q2 " + district.code() + " ";
        assertEquals(Map.ofEntries(
                Map.entry(q2 + "HMK_GROUPS_ACTIVE", 1L),
                Map.entry(q2 + "HMK_GROUP_MEMBERS HMK_FEMALE_POLICE", 1L),
                Map.entry(q2 + "HMK_MEETINGS_HELD", 1L),
                Map.entry(q2 + "HMK_MEETING_PARTICIPANTS_BY_SEX HMK_FEMALE", 3L),
                Map.entry(q2 + "HMK_MEETING_PARTICIPANTS_BY_SEX HMK_MALE", 2L),
                Map.entry(q2 + "HMK_MEETING_PARTICIPANTS_BY_SERVICE HMK_POLICE", 1L),
                Map.entry(q2 + "HMK_MEETING_PARTICIPANTS_BY_SERVICE HMK_CIVILIAN", 4L),
                Map.entry(q2 + "HMK_ISSUES_RAISED", 1L),
                Map.entry(q2 + "HMK_ISSUES_RESOLVED", 1L),
                Map.entry(q2 + "HMK_TRAINING_SESSIONS_COMPLETED", 1L),
                Map.entry(q2 + "HMK_PEOPLE_CERTIFIED HMK_FEMALE_POLICE", 2L)),
                valuesOf(aoc, export("period=2021Q2")));

        String june = "202106 " + district.code() + " ";
        Map<String, Long> expectedInJune = Map.of(
                june + "HMK_GROUPS_ACTIVE", 1L,
                june + "HMK_GROUP_MEMBERS HMK_FEMALE_POLICE", 1L,
                june + "HMK_ISSUES_RESOLVED", 1L,
                june + "HMK_TRAINING_SESSIONS_COMPLETED", 1L,
                june + "HMK_PEOPLE_CERTIFIED HMK_FEMALE_POLICE", 2L);
        assertEquals(expectedInJune, valuesOf(aoc, export("period=2021-06")));
        assertEquals(expectedInJune, valuesOf(aoc, export("period=202106")), "DHIS2's own month format");

        String csv = given().auth().oauth2(DevTokens.token("analyst")).accept("text/csv")
                .get("/reports/export/dhis2?period=2021Q2").then().statusCode(200).extract().asString();
        assertTrue(CsvTable.parse(csv).rows().stream().anyMatch(row -> aoc.equals(row.get("attributeoptioncombo"))
                && "HMK_PEOPLE_CERTIFIED".equals(row.get("dataelement")) && "2".equals(row.get("value"))
                && "2021Q2".equals(row.get("period"))), "the partner in the CSV's attributeoptioncombo column");
    }

    @Test
    void aMalformedOrFuturePeriodOrBothPeriodAndYearIsABadRequest() {
        int next = java.time.Year.now(java.time.ZoneId.of("Asia/Dushanbe")).getValue() + 1;
        for (String query : List.of("period=2021Q5", "period=2021-13", "period=20211", "period=" + next + "Q1",
                "period=2021&year=2021")) {
            given().auth().oauth2(DevTokens.token("analyst")).get("/reports/export/dhis2?" + query)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("period"));
        }
    }

    @Test
    void everyDataValueUsesTheDocumentedCodes() {
        Set<String> orgUnits = ReferenceData.get().districts().stream().map(d -> d.code()).collect(Collectors.toSet());
        ReferenceData.get().regions().forEach(r -> orgUnits.add(r.code()));
        District district = ReportsApi.quietDistrict();
        LocalDate day = LocalDate.of(2020, 9, 1);
        UUID group = events.formGroup(district, day);
        events.join(group, MemberRole.POLICE_OFFICER, Sex.MALE, day);
        events.holdMeeting(group, day, new MeetingParticipants(2, 2, 2, 2), 1);
        certify(district, TraineeCategory.CITIZEN, Sex.FEMALE, day);
        ReportsApi.settle();
        for (String year : List.of("2020")) {
            List<Map<String, String>> dataValues = export("year=" + year);
            assertTrue(!dataValues.isEmpty(), "the programme has figures in " + year);
            for (Map<String, String> v : dataValues) {
                assertEquals(year, v.get("period"));
                assertTrue(orgUnits.contains(v.get("orgUnit")), v.toString());
                assertTrue(v.get("value").matches("[1-9][0-9]*"), "a positive count as text: " + v);
                String element = v.get("dataElement");
                if (PLAIN.contains(element)) {
                    assertTrue(!v.containsKey("categoryOptionCombo"), v.toString());
                } else {
                    assertTrue(DISAGGREGATED.containsKey(element), "a documented data element: " + v);
                    assertTrue(DISAGGREGATED.get(element).contains(v.get("categoryOptionCombo")), v.toString());
                }
            }
        }
    }

    @Test
    void aYearsValuesAreItsHappeningsAndItsStocksAtItsEndPerDistrictAndRegion() {
        int year = 2001 + ThreadLocalRandom.current().nextInt(15);
        District district = ReportsApi.quietDistrict();
        ReportsApi.settle();
        Map<String, Long> before = values(export("year=" + year));
        Map<String, Long> regionsBefore = values(export("year=" + year + "&level=region"));
        Map<String, Long> previousBefore = values(export("year=" + (year - 1)));

        LocalDate day = LocalDate.of(year, 5, 10);
        UUID group = events.formGroupWhoseThirdMemberLeaves(district, day, day.plusMonths(1));
        List<UUID> issues = events.holdMeeting(group, day.plusDays(1), new MeetingParticipants(3, 2, 1, 4), 2);
        events.resolve(group, issues.get(0), IssueStatus.RESOLVED, day.plusDays(2));
        events.resolve(group, issues.get(1), IssueStatus.REFERRED, LocalDate.of(year + 1, 1, 5));
        UUID session = events.scheduleSession(district, "CP-101", "SAFERWORLD");
        events.completeSession(session, day, 3, 3);
        certify(district, TraineeCategory.POLICE_OFFICER, Sex.FEMALE, day);
        certify(district, TraineeCategory.POLICE_OFFICER, Sex.FEMALE, day);
        certify(district, TraineeCategory.CITIZEN, Sex.MALE, day);
        events.revoke(certify(district, TraineeCategory.CITIZEN, Sex.FEMALE, day), day.plusDays(3));
        ReportsApi.settle();

        Map<String, Long> expected = Map.ofEntries(
                Map.entry("HMK_GROUPS_ACTIVE", 1L),
                Map.entry("HMK_GROUP_MEMBERS HMK_FEMALE_POLICE", 1L),
                Map.entry("HMK_GROUP_MEMBERS HMK_MALE_CIVILIAN", 1L),
                Map.entry("HMK_GROUP_MEMBERS HMK_FEMALE_CIVILIAN", 0L),
                Map.entry("HMK_MEETINGS_HELD", 1L),
                Map.entry("HMK_MEETING_PARTICIPANTS_BY_SEX HMK_FEMALE", 3L),
                Map.entry("HMK_MEETING_PARTICIPANTS_BY_SEX HMK_MALE", 2L),
                Map.entry("HMK_MEETING_PARTICIPANTS_BY_SERVICE HMK_POLICE", 1L),
                Map.entry("HMK_MEETING_PARTICIPANTS_BY_SERVICE HMK_CIVILIAN", 4L),
                Map.entry("HMK_ISSUES_RAISED", 2L),
                Map.entry("HMK_ISSUES_RESOLVED", 1L),
                Map.entry("HMK_ISSUES_REFERRED", 0L),
                Map.entry("HMK_TRAINING_SESSIONS_COMPLETED", 1L),
                Map.entry("HMK_PEOPLE_CERTIFIED HMK_FEMALE_POLICE", 2L),
                Map.entry("HMK_PEOPLE_CERTIFIED HMK_MALE_CIVILIAN", 1L),
                Map.entry("HMK_PEOPLE_CERTIFIED HMK_FEMALE_CIVILIAN", 0L));
        assertDeltas(before, values(export("year=" + year)), district.code(), expected);
        assertDeltas(regionsBefore, values(export("year=" + year + "&level=region")), district.regionCode(), expected);
        Map<String, Long> previous = values(export("year=" + (year - 1)));
        for (String value : expected.keySet()) {
            assertEquals(previousBefore.getOrDefault(district.code() + " " + value, 0L),
                    previous.getOrDefault(district.code() + " " + value, 0L), "nothing in " + (year - 1) + ": " + value);
        }
    }

    @Test
    void theDocumentIsAlsoAvailableInDhis2sCsvLayout() {
        String csv = given().auth().oauth2(DevTokens.token("analyst")).accept("text/csv")
                .get("/reports/export/dhis2?year=2021").then().statusCode(200)
                .contentType("text/csv;charset=UTF-8").extract().asString();
        CsvTable table = CsvTable.parse(csv);
        assertEquals(List.of("dataelement", "period", "orgunit", "categoryoptioncombo", "attributeoptioncombo",
                "value"), table.header());
        List<Map<String, String>> json = export("year=2021");
        assertEquals(json.size(), table.rows().size());
        for (int i = 0; i < json.size(); i++) {
            assertEquals(json.get(i).get("dataElement"), table.rows().get(i).get("dataelement"));
            assertEquals(json.get(i).get("value"), table.rows().get(i).get("value"));
        }
    }

    @Test
    void aFutureOrMalformedYearOrUnknownLevelIsABadRequest() {
        int next = java.time.Year.now(java.time.ZoneId.of("Asia/Dushanbe")).getValue() + 1;
        for (String query : List.of("year=" + next, "year=21", "year=abc")) {
            given().auth().oauth2(DevTokens.token("analyst")).get("/reports/export/dhis2?" + query)
                    .then().statusCode(400).body("errors[0].field", equalTo("year"));
        }
        given().auth().oauth2(DevTokens.token("analyst")).get("/reports/export/dhis2?year=2021&level=planet")
                .then().statusCode(400).body("errors[0].field", equalTo("level"));
        List<String> periods = given().auth().oauth2(DevTokens.token("admin")).get("/reports/export/dhis2")
                .then().statusCode(200).extract().jsonPath().getList("dataValues.period");
        assertTrue(periods.stream().allMatch(String.valueOf(next - 1)::equals), "the current year by default");
    }

    private static UUID certify(District district, TraineeCategory category, Sex sex, LocalDate on) {
        return events.certify(new Certification(district, "CP-201", "US_EMBASSY", category, sex,
                AgeBand.FROM_18_TO_24, on));
    }

    private static void assertDeltas(Map<String, Long> before, Map<String, Long> after, String orgUnit,
            Map<String, Long> deltas) {
        deltas.forEach((value, delta) -> assertEquals(before.getOrDefault(orgUnit + " " + value, 0L) + delta,
                after.getOrDefault(orgUnit + " " + value, 0L), orgUnit + " " + value));
    }
}
