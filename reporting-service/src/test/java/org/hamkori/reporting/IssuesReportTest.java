package org.hamkori.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamkori.reporting.ReportsApi.assertDeltas;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.contract.groups.GroupMeetingHeld;
import org.hamkori.contract.groups.IssueCategory;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.MeetingParticipants;
import org.hamkori.contract.groups.RaisedIssue;
import org.hamkori.contract.groups.ResponsibleParty;
import org.hamkori.contract.groups.SafetyIssueActionAgreed;
import org.hamkori.contract.groups.SafetyIssueReopened;
import org.hamkori.contract.groups.SafetyIssueResolved;
import org.hamkori.contract.reference.District;
import org.hamkori.reporting.ReportsApi.Reports;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /reports/issues}, fed by records written straight to groups.events. Each test raises its issues in a
 * quiet district and a month years ago of its own, so that the report's cell of that district, category and month is
 * the test's alone, and due dates in that month are long past.
 */
@QuarkusTest
class IssuesReportTest extends ProgrammeEventsFixture {

    private static final MeetingParticipants PARTICIPANTS = new MeetingParticipants(3, 4, 2, 5);
    private static final IssueCategory CATEGORY = IssueCategory.ROAD_SAFETY;
    /** Today in the programme's calendar, which says when an action becomes overdue. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Dushanbe"));
    private static final LocalDate NEXT_YEAR = TODAY.plusYears(1);

    /** Where and when a test raises its issues. */
    private record Cell(District district, YearMonth month) {

        static Cell ofItsOwn() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            return new Cell(ReportsApi.quietDistrict(), YearMonth.of(random.nextInt(2001, 2020), random.nextInt(1, 13)));
        }

        String query(String groupBy) {
            return "/reports/issues?groupBy=" + groupBy + "&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
        }

        /** The figures of the cell (without its dimensions), once everything on the topics is applied. */
        Map<String, Object> figures() {
            ReportsApi.settle();
            List<Map<String, Object>> rows = ReportsApi.get(query("districtCode,category,month")).getList("rows");
            Map<String, Object> row = rows.stream()
                    .filter(r -> district.code().equals(r.get("districtCode")) && CATEGORY.name().equals(r.get("category")))
                    .findFirst().orElseThrow(() -> new AssertionError("no row of " + this + " in " + rows));
            assertEquals(month.toString(), row.get("month"));
            Map<String, Object> figures = new LinkedHashMap<>(row);
            figures.keySet().removeAll(List.of("districtCode", "category", "month"));
            return figures;
        }
    }

    private static Map<String, Object> figures(int raised, int open, int inProgress, int resolved, int referred,
            int reopened, int overdueActions, Integer medianDaysToResolution, Integer p90DaysToResolution) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("raised", raised);
        figures.put("open", open);
        figures.put("inProgress", inProgress);
        figures.put("resolved", resolved);
        figures.put("referred", referred);
        figures.put("reopened", reopened);
        figures.put("overdueActions", overdueActions);
        figures.put("medianDaysToResolution", medianDaysToResolution);
        figures.put("p90DaysToResolution", p90DaysToResolution);
        return figures;
    }

    private static List<UUID> raiseIssues(UUID group, LocalDate raisedOn, int count) {
        return events.holdMeeting(group, raisedOn, PARTICIPANTS, Collections.nCopies(count, CATEGORY));
    }

    /**
     * Ten issues resolved after 2, 4, 7, 9, 11, 15, 21, 28, 40 and 60 days (the last after a reopening: counted from
     * the meeting that raised it to its latest resolution), and six more that are not resolved: by the nearest-rank
     * method the median is the 5th of the ten sorted (11 days) and the 90th percentile the 9th (40 days).
     */
    private static Cell handCountedCell() {
        Cell cell = Cell.ofItsOwn();
        UUID group = events.formGroup(cell.district(), cell.month().atDay(1));
        LocalDate raisedOn = cell.month().atDay(3);
        List<UUID> issues = raiseIssues(group, raisedOn, 16);
        int[] daysToResolution = {2, 4, 7, 9, 11, 15, 21, 28, 40};
        for (int i = 0; i < daysToResolution.length; i++) {
            events.resolve(group, issues.get(i), IssueStatus.RESOLVED, raisedOn.plusDays(daysToResolution[i]));
        }
        UUID resolvedAgain = issues.get(9);
        events.resolve(group, resolvedAgain, IssueStatus.RESOLVED, raisedOn.plusDays(3));
        events.reopen(group, resolvedAgain, raisedOn.plusDays(10));
        events.agreeAction(group, resolvedAgain, raisedOn.plusDays(11), raisedOn.plusDays(12));
        events.resolve(group, resolvedAgain, IssueStatus.RESOLVED, raisedOn.plusDays(60));

        events.resolve(group, issues.get(10), IssueStatus.REFERRED, raisedOn.plusDays(5));
        events.agreeAction(group, issues.get(11), raisedOn.plusDays(1), raisedOn.plusDays(10));
        events.agreeAction(group, issues.get(12), raisedOn.plusDays(1), NEXT_YEAR);
        UUID completed = events.agreeAction(group, issues.get(13), raisedOn.plusDays(1), raisedOn.plusDays(10));
        events.completeAction(group, issues.get(13), completed, raisedOn.plusDays(9));
        UUID reopened = issues.get(14);
        events.agreeAction(group, reopened, raisedOn.plusDays(1), raisedOn.plusDays(4));
        events.resolve(group, reopened, IssueStatus.RESOLVED, raisedOn.plusDays(6));
        events.reopen(group, reopened, raisedOn.plusDays(20));
        // issues.get(15) stays as raised
        return cell;
    }

    @Test
    void medianAndNinetiethPercentileOfDaysToResolutionMatchAHandCount() {
        Map<String, Object> figures = handCountedCell().figures();

        assertEquals(10, figures.get("resolved"));
        assertEquals(11, figures.get("medianDaysToResolution"));
        assertEquals(40, figures.get("p90DaysToResolution"));
    }

    @Test
    void eachIssueCountsUnderTheStatusItStandsInNow() {
        // raised 16: 10 resolved, 1 referred, in progress 3 (an action agreed, whether completed or not), open 2 (one
        // never followed up, one reopened), reopened 2 (one of them resolved again); overdue: the action due on day
        // 10 and not completed, and the reopened issue's action left uncompleted, due again now the issue is open
        assertEquals(figures(16, 2, 3, 10, 1, 2, 2, 11, 40), handCountedCell().figures());
    }

    @Test
    void anActionIsOverdueWhenItsDueDateHasPassedUncompletedWhileItsIssueIsWorkedOn() {
        Cell cell = Cell.ofItsOwn();
        UUID group = events.formGroup(cell.district(), cell.month().atDay(1));
        LocalDate raisedOn = cell.month().atDay(2);
        List<UUID> issues = raiseIssues(group, raisedOn, 3);
        UUID pastDue = events.agreeAction(group, issues.get(0), raisedOn, raisedOn.plusDays(7));
        events.agreeAction(group, issues.get(0), raisedOn, NEXT_YEAR);
        events.agreeAction(group, issues.get(1), raisedOn, TODAY);
        events.agreeAction(group, issues.get(2), raisedOn, raisedOn.plusDays(7));
        events.resolve(group, issues.get(2), IssueStatus.REFERRED, raisedOn.plusDays(8));
        Reports agreed = Reports.settled();

        // due in the past and not completed: overdue; due next year or today: not yet; of a referred issue: not any more
        assertEquals(figures(3, 0, 2, 0, 1, 0, 1, null, null), cell.figures());

        events.completeAction(group, issues.get(0), pastDue, raisedOn.plusDays(20));
        Reports completed = Reports.settled();
        assertEquals(0, cell.figures().get("overdueActions"));
        assertDeltas(agreed, completed, cell.district(), Map.of("issues.overdueActions", -1L, "issues.inProgress", 0L));
    }

    @Test
    void theOverviewRegionsAndDistrictsCountIssuesInProgressAndOverdueActions() {
        Cell cell = Cell.ofItsOwn();
        Reports before = Reports.settled();
        UUID group = events.formGroup(cell.district(), cell.month().atDay(1));
        LocalDate raisedOn = cell.month().atDay(2);
        List<UUID> issues = raiseIssues(group, raisedOn, 3);
        events.agreeAction(group, issues.get(0), raisedOn, raisedOn.plusDays(3));
        events.agreeAction(group, issues.get(0), raisedOn, raisedOn.plusDays(4));
        events.agreeAction(group, issues.get(1), raisedOn, NEXT_YEAR);

        Reports after = Reports.settled();
        assertDeltas(before, after, cell.district(), Map.of("issues.raised", 3L, "issues.inProgress", 2L,
                "issues.overdueActions", 2L, "issues.resolved", 0L));
    }

    @Test
    void aReopenedIssueIsOpenAgainCountsAsReopenedAndNoLongerAsResolved() {
        Cell cell = Cell.ofItsOwn();
        UUID group = events.formGroup(cell.district(), cell.month().atDay(1));
        LocalDate raisedOn = cell.month().atDay(5);
        UUID issue = raiseIssues(group, raisedOn, 1).get(0);
        events.agreeAction(group, issue, raisedOn, raisedOn.plusDays(3));
        events.resolve(group, issue, IssueStatus.RESOLVED, raisedOn.plusDays(8));
        assertEquals(figures(1, 0, 0, 1, 0, 0, 0, 8, 8), cell.figures());

        events.reopen(group, issue, raisedOn.plusDays(30));
        // open again, so the action it was left with is overdue again
        assertEquals(figures(1, 1, 0, 0, 0, 1, 1, null, null), cell.figures());

        events.followUp(group, issue, raisedOn.plusDays(31));
        events.agreeAction(group, issue, raisedOn.plusDays(32), NEXT_YEAR);
        assertEquals(figures(1, 0, 1, 0, 0, 1, 1, null, null), cell.figures());
    }

    @Test
    void aDuplicateFollowUpEventIsCountedOnce() {
        Cell cell = Cell.ofItsOwn();
        UUID group = UUID.randomUUID();
        UUID issue = UUID.randomUUID();
        LocalDate raisedOn = cell.month().atDay(4);
        events.send(UUID.randomUUID(), new GroupFormed(group, UUID.randomUUID(), cell.district().regionCode(),
                cell.district().code(), cell.month().atDay(1), "SAFERWORLD"), 1);
        events.send(UUID.randomUUID(), new GroupMeetingHeld(group, UUID.randomUUID(), raisedOn, PARTICIPANTS,
                List.of(new RaisedIssue(issue, CATEGORY))), 2);
        SafetyIssueActionAgreed agreed = new SafetyIssueActionAgreed(group, issue, UUID.randomUUID(), CATEGORY,
                ResponsibleParty.POLICE, raisedOn, raisedOn.plusDays(2));
        UUID agreedCeId = UUID.randomUUID();
        events.send(agreedCeId, agreed, 3);
        events.send(agreedCeId, agreed, 3);
        events.send(UUID.randomUUID(), new SafetyIssueResolved(group, issue, CATEGORY, raisedOn.plusDays(6),
                IssueStatus.RESOLVED), 4);
        SafetyIssueReopened reopened = new SafetyIssueReopened(group, issue, CATEGORY, raisedOn.plusDays(9));
        UUID reopenedCeId = UUID.randomUUID();
        events.send(reopenedCeId, reopened, 5);
        events.send(reopenedCeId, reopened, 5);
        // the same reopening published again under a new ce_id (a producer's retry) is still one reopening
        events.send(UUID.randomUUID(), reopened, 5);
        events.send(UUID.randomUUID(), new SafetyIssueResolved(group, issue, CATEGORY, raisedOn.plusDays(12),
                IssueStatus.RESOLVED), 6);

        assertEquals(figures(1, 0, 0, 1, 0, 1, 0, 12, 12), cell.figures());
    }

    @Test
    void theIssueReportAnswersCsvWithPlaceNamesInTheLanguageAsked() {
        Cell cell = handCountedCell();
        ReportsApi.settle();
        String text = given().auth().oauth2(DevTokens.token("partner")).accept("text/csv")
                .header("Accept-Language", "ru").get(cell.query("districtCode,category,month")).then().statusCode(200)
                .contentType("text/csv;charset=UTF-8")
                .header("Content-Disposition", startsWith("attachment; filename=\"issues.csv\""))
                .extract().asString();

        CsvTable table = CsvTable.parse(text);
        assertEquals(List.of("districtCode", "districtName", "category", "month", "raised", "open", "inProgress",
                "resolved", "referred", "reopened", "overdueActions", "medianDaysToResolution", "p90DaysToResolution"),
                table.header());
        Map<String, String> row = table.rows().stream()
                .filter(r -> cell.district().code().equals(r.get("districtCode")) && CATEGORY.name().equals(r.get("category")))
                .findFirst().orElseThrow();
        assertEquals(cell.district().name().ru(), row.get("districtName"));
        assertEquals(List.of("16", "2", "3", "10", "1", "2", "2", "11", "40"),
                table.header().subList(4, table.header().size()).stream().map(row::get).toList());
    }

    @Test
    void theIssueReportGroupsOnlyByItsOwnDimensions() {
        given().auth().oauth2(DevTokens.token("analyst")).get("/reports/issues?groupBy=category,sex").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("groupBy"))
                .body("errors[0].message", equalTo("unknown dimension sex; one of regionCode, districtCode, category, month"));
    }
}
