package org.hamkori.reporting;

import static io.restassured.RestAssured.given;
import static org.hamkori.reporting.ReportsApi.awaitReport;
import static org.hamkori.reporting.ReportsApi.settled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.contract.EventType;
import org.hamkori.contract.centers.CenterClosed;
import org.hamkori.contract.centers.CenterOpened;
import org.hamkori.contract.centers.CenterRegistered;
import org.hamkori.contract.centers.CenterRenovated;
import org.hamkori.contract.centers.CenterRenovationStarted;
import org.hamkori.contract.centers.ConstructionType;
import org.hamkori.contract.fixtures.GoldenFixtures;
import org.hamkori.testkit.PublishedEvents;
import org.hamkori.testkit.TestEvents;
import org.hamkori.testkit.TestEventsFixture;
import org.junit.jupiter.api.Test;

/** The centres' read model, fed by records written straight to centers.events. */
@QuarkusTest
class CentersReadModelTest extends TestEventsFixture {

    static UUID register(String district, String region, ConstructionType type) {
        UUID id = UUID.randomUUID();
        events.send(new CenterRegistered(id, "R-" + id.toString().substring(0, 6), "Centre", region, district, "Town",
                new BigDecimal("37.3"), new BigDecimal("68.1"), type, List.of("US_EMBASSY"), 4), 0);
        return id;
    }

    static void open(UUID id, String district, String region, ConstructionType type, long sequence) {
        events.send(new CenterOpened(id, LocalDate.parse("2021-06-21"), region, district, type, List.of("US_EMBASSY")),
                sequence);
    }

    @Test
    void figuresFollowTheCentersLifecycleOverallAndPerDistrict() {
        JsonPath before = settled("/reports/overview");
        JsonPath districtsBefore = settled("/reports/districts");

        UUID planned = register("KHATLON.FARKHOR", "KHATLON", ConstructionType.NEW_BUILD);
        UUID open = register("KHATLON.QUBODIYON", "KHATLON", ConstructionType.NEW_BUILD);
        open(open, "KHATLON.QUBODIYON", "KHATLON", ConstructionType.NEW_BUILD, 1);
        UUID renovating = register("KHATLON.JAYHUN", "KHATLON", ConstructionType.RENOVATION);
        open(renovating, "KHATLON.JAYHUN", "KHATLON", ConstructionType.RENOVATION, 1);
        events.send(new CenterRenovationStarted(renovating, LocalDate.parse("2022-01-01")), 2);
        UUID closed = register("SUGHD.ISFARA", "SUGHD", ConstructionType.RENOVATION);
        open(closed, "SUGHD.ISFARA", "SUGHD", ConstructionType.RENOVATION, 1);
        events.send(new CenterRenovationStarted(closed, LocalDate.parse("2022-01-01")), 2);
        events.send(new CenterRenovated(closed, LocalDate.parse("2022-06-01"), List.of("SAFERWORLD")), 3);
        events.send(new CenterClosed(closed, LocalDate.parse("2023-06-01"), "Merged"), 4);
        assertNotNull(planned);

        JsonPath after = awaitReport("/reports/overview",
                r -> r.getLong("centers.total") == before.getLong("centers.total") + 4
                        && r.getLong("centers.closed") == before.getLong("centers.closed") + 1);
        assertDelta(before, after, Map.of("centers.total", 4L, "centers.open", 1L, "centers.underRenovation", 1L,
                "centers.closed", 1L, "centers.newBuild", 2L, "centers.renovated", 2L, "centers.renovationsCompleted", 1L));
        assertNotNull(after.getString("lastEventAt"));
        assertNotNull(after.getString("asOf"));

        JsonPath districts = settled("/reports/districts");
        assertDistrictDelta(districtsBefore, districts, "KHATLON.FARKHOR", Map.of("total", 1L, "open", 0L));
        assertDistrictDelta(districtsBefore, districts, "KHATLON.QUBODIYON", Map.of("total", 1L, "open", 1L, "newBuild", 1L));
        assertDistrictDelta(districtsBefore, districts, "KHATLON.JAYHUN", Map.of("total", 1L, "underRenovation", 1L));
        assertDistrictDelta(districtsBefore, districts, "SUGHD.ISFARA",
                Map.of("total", 1L, "closed", 1L, "renovated", 1L, "renovationsCompleted", 1L));
        assertEquals("KHATLON", districts.getString("rows.find { it.districtCode == 'KHATLON.JAYHUN' }.regionCode"));
        assertEquals("Jayhun", districts.getString("rows.find { it.districtCode == 'KHATLON.JAYHUN' }.name"));
    }

    @Test
    void aDuplicateEventIsCountedOnce() {
        JsonPath before = settled("/reports/overview");
        UUID id = UUID.randomUUID();
        CenterRenovated renovated = new CenterRenovated(id, LocalDate.parse("2022-06-01"), List.of());
        UUID ceId = UUID.randomUUID();
        register(id, ConstructionType.RENOVATION);
        events.send(ceId, renovated, 3);
        events.send(ceId, renovated, 3);
        events.send(ceId, renovated, 3);

        JsonPath after = settled("/reports/overview");
        assertDelta(before, after, Map.of("centers.total", 1L, "centers.renovationsCompleted", 1L));
    }

    @Test
    void aLateEventDoesNotRollAStatusBack() {
        JsonPath before = settled("/reports/overview");
        UUID id = UUID.randomUUID();
        register(id, ConstructionType.NEW_BUILD);
        open(id, "KHATLON.FARKHOR", "KHATLON", ConstructionType.NEW_BUILD, 1);
        events.send(new CenterClosed(id, LocalDate.parse("2023-01-01"), "Closed"), 3);
        events.send(new CenterRenovationStarted(id, LocalDate.parse("2022-01-01")), 2);

        JsonPath after = settled("/reports/overview");
        assertDelta(before, after, Map.of("centers.total", 1L, "centers.closed", 1L, "centers.open", 0L,
                "centers.underRenovation", 0L));
    }

    @Test
    void malformedAndUnknownRecordsAreDeadLetteredAndConsumptionGoesOn() {
        JsonPath before = settled("/reports/overview");
        UUID broken = UUID.randomUUID();
        events.sendRaw("centers.events", broken.toString(),
                TestEvents.headers(UUID.randomUUID(), EventType.CENTER_OPENED.ceType(), "/hamkori/centers-service", broken, 1),
                "{not json".getBytes(StandardCharsets.UTF_8));
        UUID unknown = UUID.randomUUID();
        events.sendRaw("centers.events", unknown.toString(),
                TestEvents.headers(UUID.randomUUID(), "org.hamkori.centers.CenterDemolished.v1", "/hamkori/centers-service",
                        unknown, 1), "{}".getBytes(StandardCharsets.UTF_8));
        UUID after = UUID.randomUUID();
        register(after, ConstructionType.NEW_BUILD);

        awaitReport("/reports/overview", r -> r.getLong("centers.total") == before.getLong("centers.total") + 1);
        List<PublishedEvents.Published> dead = PublishedEvents.await("reporting.dead-letter",
                r -> broken.toString().equals(r.key()) || unknown.toString().equals(r.key()), 2, Duration.ofSeconds(60));
        assertTrue(dead.stream().allMatch(r -> r.header("dead-letter-reason") != null), "every dead letter says why");
        assertTrue(dead.stream().anyMatch(r -> r.header("dead-letter-reason").contains("CenterDemolished")));
    }

    @Test
    void everyCentersGoldenFixtureIsApplied() {
        JsonPath before = settled("/reports/overview");
        CenterRegistered fixture = GoldenFixtures.event(CenterRegistered.class);
        UUID id = UUID.randomUUID();
        events.send(new CenterRegistered(id, fixture.code(), fixture.name(), fixture.regionCode(), fixture.districtCode(),
                fixture.settlement(), fixture.latitude(), fixture.longitude(), fixture.constructionType(),
                fixture.fundingPartners(), fixture.workplaces()), 0);
        CenterOpened opened = GoldenFixtures.event(CenterOpened.class);
        events.send(new CenterOpened(id, opened.openedOn(), opened.regionCode(), opened.districtCode(),
                opened.constructionType(), opened.fundingPartners()), 1);

        JsonPath after = awaitReport("/reports/overview",
                r -> r.getLong("centers.open") == before.getLong("centers.open") + 1);
        assertDelta(before, after, Map.of("centers.total", 1L, "centers.open", 1L));
    }

    @Test
    void reportsNeedAToken() {
        given().get("/reports/overview").then().statusCode(401).contentType("application/problem+json");
        given().get("/reports/districts").then().statusCode(401);
    }

    @Test
    void districtsListEveryDistrictOfTheReferenceData() {
        JsonPath districts = settled("/reports/districts");
        int referenceCount = given().get("/reference/districts").then().extract().path("items.size()");
        assertEquals(referenceCount, districts.getList("rows").size());
        JsonPath regions = settled("/reports/regions");
        assertEquals(5, regions.getList("rows").size());
    }

    private static void register(UUID id, ConstructionType type) {
        events.send(new CenterRegistered(id, "R-" + id.toString().substring(0, 6), "Centre", "KHATLON",
                "KHATLON.FARKHOR", "Farkhor", null, null, type, List.of(), 2), 0);
    }

    private static void assertDelta(JsonPath before, JsonPath after, Map<String, Long> deltas) {
        deltas.forEach((path, delta) -> assertEquals(before.getLong(path) + delta, after.getLong(path), path));
    }

    private static void assertDistrictDelta(JsonPath before, JsonPath after, String district, Map<String, Long> deltas) {
        String row = "rows.find { it.districtCode == '" + district + "' }.centers.";
        deltas.forEach((field, delta) ->
                assertEquals(before.getLong(row + field) + delta, after.getLong(row + field), district + " " + field));
    }
}
