package org.hamkori.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hamkori.contract.Sex;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.training.AgeBand;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.reporting.ProgrammeEvents.Certification;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7, approved periods: an approval freezes a period's figures; the drift names every figure that changed since
 * and the events published since about records dated up to the period's end. A partner of this test alone makes the
 * figures its own.
 */
@QuarkusTest
class PeriodApprovalTest extends ProgrammeEventsFixture {

    /** A month no run has approved yet, found by its drift answering 404. */
    static YearMonth unapprovedMonth() {
        YearMonth month = YearMonth.of(1995 + ThreadLocalRandom.current().nextInt(15), 1 + ThreadLocalRandom.current()
                .nextInt(12));
        while (given().auth().oauth2(DevTokens.token("admin")).get("/reports/periods/" + month + "/drift")
                .statusCode() != 404) {
            month = month.plusMonths(1);
        }
        return month;
    }

    @Test
    void aLateEventDatedInAnApprovedPeriodShowsInItsDriftWithTheFigureItChanged() {
        String partner = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        District district = ReportsApi.quietDistrict();
        YearMonth month = unapprovedMonth();
        certify(district, partner, month.atDay(10));
        ReportsApi.awaitPartnerOverview(partner, o -> o.getLong("training.certified") == 1);

        JsonPath approval = given().auth().oauth2(DevTokens.token("admin")).post("/reports/periods/" + month
                + "/approval").then().statusCode(201).extract().jsonPath();
        assertEquals(List.of(month.toString(), month.atDay(1).toString(), month.atEndOfMonth().toString()),
                List.of(approval.getString("period"), approval.getString("from"), approval.getString("to")));
        assertTrue(approval.getInt("figuresApproved") > 0);
        given().auth().oauth2(DevTokens.token("admin")).post("/reports/periods/" + month + "/approval").then()
                .statusCode(200).body("approvedAt", equalTo(approval.getString("approvedAt")));

        String figure = "partner " + partner + " training.certified";
        assertFalse(drift(month).getList("figures.figure").contains(figure), "nothing changed yet");

        UUID late = certify(district, partner, month.atDay(20));
        UUID lateEvent = events.lastCeId();
        certify(district, partner, month.plusMonths(1).atDay(1));
        UUID afterThePeriod = events.lastCeId();
        JsonPath drift = ReportsApi.awaitReport("/reports/periods/" + month + "/drift",
                d -> d.getList("figures.figure").contains(figure));
        assertEquals(Map.of("figure", figure, "approved", 1, "current", 2),
                drift.getMap("figures.find { it.figure == '" + figure + "' }"));
        assertEquals(Map.of("eventId", lateEvent.toString(), "type", "org.hamkori.training.TraineeCertified.v1",
                "subject", late.toString(), "recordDate", month.atDay(20).toString()),
                without("publishedAt", drift.getMap("events.find { it.eventId == '" + lateEvent + "' }")));
        assertFalse(drift.getList("events.eventId").contains(afterThePeriod.toString()),
                "an event about a record dated after the period is not listed");

        events.revoke(late, LocalDate.now(ZoneId.of("Asia/Dushanbe")));
        UUID revocation = events.lastCeId();
        JsonPath afterRevocation = ReportsApi.awaitReport("/reports/periods/" + month + "/drift",
                d -> d.getList("events.eventId").contains(revocation.toString()));
        assertFalse(afterRevocation.getList("figures.figure").contains(figure), "back to the approved figure");
        assertEquals(month.atDay(20).toString(),
                afterRevocation.getString("events.find { it.eventId == '" + revocation + "' }.recordDate"),
                "a revocation is dated by the certificate it revokes");
    }

    @Test
    void theApprovedPeriodsOfAYearAreListedForDataEntryAndThoseNotApprovedAreNot() {
        YearMonth month = unapprovedMonth();
        String quarter = month.getYear() + "Q" + ((month.getMonthValue() + 2) / 3);
        for (String period : List.of(month.toString(), quarter)) {
            given().auth().oauth2(DevTokens.token("admin")).post("/reports/periods/" + period + "/approval").then()
                    .statusCode(oneOf(200, 201));
        }

        JsonPath listed = given().auth().oauth2(DevTokens.token("coordinator")).queryParam("year", month.getYear())
                .get("/reports/periods/approvals").then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("period", month.toString(), "from", month.atDay(1).toString(),
                "to", month.atEndOfMonth().toString()),
                without("approvedAt", listed.getMap("items.find { it.period == '" + month + "' }")));
        assertEquals(YearMonth.of(month.getYear(), (month.getMonthValue() + 2) / 3 * 3).atEndOfMonth().toString(),
                listed.getString("items.find { it.period == '" + quarter + "' }.to"));
        // no test approves a whole year of these: the year is a period not approved
        assertFalse(listed.getList("items.period").contains(String.valueOf(month.getYear())));
        for (String period : listed.getList("items.period", String.class)) {
            assertTrue(period.startsWith(String.valueOf(month.getYear())), period + " is of the year asked for");
            given().auth().oauth2(DevTokens.token("admin")).get("/reports/periods/" + period + "/drift").then()
                    .statusCode(200);
        }
        assertTrue(given().auth().oauth2(DevTokens.token("trainer")).get("/reports/periods/approvals").then()
                .statusCode(200).extract().jsonPath().getList("items.period").contains(month.toString()),
                "without a year, every approved period");
    }

    @Test
    void aYearThatIsNotOneOfTheProgrammesIsABadRequestForApprovedPeriods() {
        for (String year : List.of("21", "1990", "20210", "last")) {
            given().auth().oauth2(DevTokens.token("trainer")).queryParam("year", year)
                    .get("/reports/periods/approvals").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        }
    }

    @Test
    void theDriftOfAPeriodNotApprovedIsNotFound() {
        given().auth().oauth2(DevTokens.token("analyst")).get("/reports/periods/" + unapprovedMonth() + "/drift")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyTheAdminApprovesAndOnlyAPeriodThatIsOver() {
        YearMonth month = unapprovedMonth();
        for (String role : List.of("analyst", "coordinator", "partner")) {
            given().auth().oauth2(DevTokens.token(role)).post("/reports/periods/" + month + "/approval").then()
                    .statusCode(403);
        }
        given().auth().oauth2(DevTokens.token("partner")).get("/reports/periods/" + month + "/drift").then()
                .statusCode(403);
        YearMonth current = YearMonth.now(ZoneId.of("Asia/Dushanbe"));
        given().auth().oauth2(DevTokens.token("admin")).post("/reports/periods/" + current + "/approval").then()
                .statusCode(409).contentType("application/problem+json");
        for (String malformed : List.of("2021Q5", "2021-13", "last-year")) {
            given().auth().oauth2(DevTokens.token("admin")).post("/reports/periods/" + malformed + "/approval").then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("period"));
        }
    }

    private static JsonPath drift(YearMonth month) {
        return ReportsApi.get("/reports/periods/" + month + "/drift");
    }

    /** {@code fields} without {@code time}, which must be there but cannot be foretold. */
    private static Map<String, Object> without(String time, Map<String, Object> fields) {
        assertTrue(fields.get(time) != null, time + " in " + fields);
        Map<String, Object> rest = new java.util.HashMap<>(fields);
        rest.remove(time);
        return rest;
    }

    private static UUID certify(District district, String partner, LocalDate on) {
        return events.certify(new Certification(district, "CP-101", partner, TraineeCategory.CITIZEN, Sex.FEMALE,
                AgeBand.FROM_25_TO_34, on));
    }
}
