package org.hamkori.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hamkori.contract.Sex;
import org.hamkori.contract.groups.IssueStatus;
import org.hamkori.contract.groups.MeetingParticipants;
import org.hamkori.contract.groups.MemberRole;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.training.AgeBand;
import org.hamkori.contract.training.TraineeCategory;
import org.hamkori.reporting.ProgrammeEvents.Certification;
import org.hamkori.reporting.readmodel.ReadModelComparison;
import org.hamkori.testkit.DevTokens;
import org.hamkori.testkit.Eventually;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /admin/rebuild}: every read model replayed from the beginning of the topics into a fresh generation;
 * the service compares it with the incremental one figure by figure (every indicator of every place, every cell of
 * the certification counts, every figure of the issue report, every topic's freshness) before switching the reports
 * over.
 */
@QuarkusTest
class RebuildTest extends ProgrammeEventsFixture {

    private static final Duration REBUILD_DEADLINE = Duration.ofMinutes(5);
    private static final LocalDate DAY = LocalDate.parse("2022-08-15");

    @Inject
    ReadModelComparison comparison;

    @Inject
    EntityManager entityManager;

    private static JsonPath generations() {
        return given().auth().oauth2(DevTokens.token("admin")).get("/admin/rebuild").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aRebuildEndsWithTheIncrementalFiguresFigureByFigureAndKeepsApplyingNewEvents() {
        District district = ReportsApi.quietDistrict();
        String partner = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        UUID group = events.formGroup(district, DAY);
        events.join(group, MemberRole.POLICE_OFFICER, Sex.FEMALE, DAY);
        UUID left = events.join(group, MemberRole.COMMUNITY_REPRESENTATIVE, Sex.MALE, DAY);
        events.leave(group, left, DAY.plusDays(3));
        List<UUID> issues = events.holdMeeting(group, DAY, new MeetingParticipants(4, 1, 2, 3), 3);
        UUID completed = events.agreeAction(group, issues.get(0), DAY.plusDays(1), DAY.plusDays(5));
        events.agreeAction(group, issues.get(0), DAY.plusDays(1), DAY.plusDays(6));
        events.completeAction(group, issues.get(0), completed, DAY.plusDays(4));
        events.followUp(group, issues.get(0), DAY.plusDays(7));
        events.resolve(group, issues.get(1), IssueStatus.RESOLVED, DAY.plusDays(9));
        events.reopen(group, issues.get(1), DAY.plusDays(20));
        events.resolve(group, issues.get(2), IssueStatus.REFERRED, DAY.plusDays(10));
        certify(district, partner, Sex.FEMALE);
        events.revoke(certify(district, partner, Sex.MALE), DAY.plusDays(1));
        ReportsApi.settle();
        List<Object> certificationsBefore = partnerRows(partner);
        int replaced = generations().getInt("generations.find { it.state == 'ACTIVE' }.number");

        JsonPath started = given().auth().oauth2(DevTokens.token("admin")).post("/admin/rebuild").then()
                .statusCode(202).header("Location", org.hamcrest.Matchers.endsWith("/admin/rebuild"))
                .body("state", equalTo("BUILDING")).extract().jsonPath();
        int rebuilt = started.getInt("number");
        assertTrue(rebuilt > replaced);
        given().auth().oauth2(DevTokens.token("admin")).post("/admin/rebuild").then().statusCode(409)
                .contentType("application/problem+json");
        ReportsApi.get("/reports/overview");
        ReportsApi.get("/reports/districts");

        JsonPath done = awaitGeneration(rebuilt, "ACTIVE");
        String generation = "generations.find { it.number == " + rebuilt + " }.";
        assertEquals(0, done.getInt(generation + "comparison.differencesFound"),
                () -> "figures differ: " + done.getList(generation + "comparison.differences"));
        assertTrue(done.getInt(generation + "comparison.figuresCompared") > 0);
        assertTrue(done.getBoolean(generation + "comparison.liveConsumerCaughtUp"));
        assertTrue(done.getLong(generation + "eventsReplayed") > 0);
        assertEquals("RETIRED", done.getString("generations.find { it.number == " + replaced + " }.state"));

        ReportsApi.settle();
        assertEquals(certificationsBefore, partnerRows(partner), "this test's certifications after the switch");

        certify(district, partner, Sex.FEMALE);
        ReportsApi.settle();
        assertEquals(List.of(Map.of("partnerCode", partner, "sex", "FEMALE", "count", 2)), partnerRows(partner),
                "events after the switch reach the rebuilt generation");
    }

    @Test
    void theComparisonNamesEveryFigureThatDiffers() {
        Generation incremental = new Generation(900_000 + ThreadLocalRandom.current().nextInt(90_000) * 2,
                Generation.State.RETIRED);
        Generation rebuilt = new Generation(incremental.number() + 1, Generation.State.BUILDING);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                for (Generation g : List.of(incremental, rebuilt)) {
                    entityManager.createNativeQuery("SELECT count(*) FROM create_read_model_generation(:n)")
                            .setParameter("n", g.number()).getSingleResult();
                }
                cell(incremental, 2);
                cell(rebuilt, 3);
                raisedIssue(rebuilt);
                entityManager.createNativeQuery(rebuilt.sql(
                        "INSERT INTO {rm}.feed VALUES ('training.events', TIMESTAMPTZ '2021-03-01 10:00Z', 5)"))
                        .executeUpdate();
            });
            ReadModelComparison.Comparison result = QuarkusTransaction.requiringNew()
                    .call(() -> comparison.compare(incremental, rebuilt, true));
            assertEquals(List.of(
                    new ReadModelComparison.Difference(
                            "certifications 2021-01-01/KHATLON/KHATLON.PANJ/CITIZEN/FEMALE/18_24/-/CP-101", 2L, 3L),
                    new ReadModelComparison.Difference("feed training.events eventsApplied", null, 5L),
                    new ReadModelComparison.Difference("feed training.events lastEventAt", null, 1614592800000L),
                    new ReadModelComparison.Difference("issues KHATLON/KHATLON.PANJ/THEFT/2021-01 open", null, 1L),
                    new ReadModelComparison.Difference("issues KHATLON/KHATLON.PANJ/THEFT/2021-01 raised", null, 1L)),
                    result.differences());
            assertEquals(5, result.differencesFound());
            assertEquals(5, result.figuresCompared());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> List.of(incremental, rebuilt).forEach(g -> entityManager
                    .createNativeQuery("DROP SCHEMA IF EXISTS " + g.schema() + " CASCADE").executeUpdate()));
        }
    }

    private void cell(Generation generation, long certified) {
        entityManager.createNativeQuery(generation.sql("""
                INSERT INTO {rm}.certification_daily VALUES
                    (DATE '2021-01-01', 'KHATLON', 'KHATLON.PANJ', 'CITIZEN', 'FEMALE', '18_24', NULL, 'CP-101', :n)
                """)).setParameter("n", certified).executeUpdate();
    }

    /** An issue raised in January 2021 at a group of KHATLON.PANJ; it is open, and nothing else happened there. */
    private void raisedIssue(Generation generation) {
        UUID group = UUID.fromString("5d1f0c4e-0f7a-4c55-9d3e-1b2a3c4d5e6f");
        entityManager.createNativeQuery(generation.sql("""
                INSERT INTO {rm}.group_info (group_id, region_code, district_code, formed_on)
                VALUES (:group, 'KHATLON', 'KHATLON.PANJ', DATE '2021-01-01')
                """)).setParameter("group", group).executeUpdate();
        entityManager.createNativeQuery(generation.sql("""
                INSERT INTO {rm}.issue (issue_id, group_id, category, raised_on)
                VALUES (gen_random_uuid(), :group, 'THEFT', DATE '2021-01-05')
                """)).setParameter("group", group).executeUpdate();
    }

    @Test
    void onlyTheAdminRebuilds() {
        for (String role : List.of("analyst", "partner", "coordinator", "trainer")) {
            given().auth().oauth2(DevTokens.token(role)).post("/admin/rebuild").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().post("/admin/rebuild").then().statusCode(401);
        assertNotNull(generations().getList("generations"));
    }

    private static UUID certify(District district, String partner, Sex sex) {
        return events.certify(new Certification(district, "CP-301", partner, TraineeCategory.CITIZEN, sex,
                AgeBand.FROM_25_TO_34, DAY));
    }

    private static List<Object> partnerRows(String partner) {
        return ReportsApi.get("/reports/certifications?groupBy=partnerCode,sex").getList("rows").stream()
                .filter(r -> partner.equals(((Map<?, ?>) r).get("partnerCode"))).toList();
    }

    private static JsonPath awaitGeneration(int number, String state) {
        String path = "generations.find { it.number == " + number + " }.state";
        JsonPath generations = Eventually.value("generation " + number + " is " + state + " (or FAILED)",
                REBUILD_DEADLINE, RebuildTest::generations,
                g -> state.equals(g.getString(path)) || "FAILED".equals(g.getString(path)));
        assertEquals(state, generations.getString(path), generations.prettify());
        return generations;
    }
}
