package org.hamkori.reporting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hamkori.contract.reference.District;
import org.hamkori.contract.reference.ReferenceData;
import org.hamkori.testkit.ConsumerLag;
import org.hamkori.testkit.DevTokens;
import org.hamkori.testkit.Eventually;

/** Reads reports and waits, with a deadline, until they show what a test expects. */
final class ReportsApi {

    static final List<String> TOPICS = List.of("centers.events", "groups.events", "training.events");
    static final Duration DEADLINE = Duration.ofSeconds(60);
    /** Catching up can take longer when other suites have just published thousands of events to the same topics. */
    static final Duration CATCH_UP_DEADLINE = Duration.ofSeconds(180);
    static final Duration REBUILD_DEADLINE = Duration.ofMinutes(5);

    /**
     * Districts the golden fixtures, the end-to-end suites and other services' tests use; tests here pick others so
     * that the deltas they assert are their own even while other suites publish to the same topics.
     */
    private static final Set<String> BUSY_DISTRICTS = Set.of("KHATLON.QUBODIYON", "KHATLON.JAYHUN", "KHATLON.FARKHOR",
            "SUGHD.ISTARAVSHAN", "SUGHD.ISFARA", "DUSHANBE.ISMOILI_SOMONI", "DUSHANBE.SINO", "RRS.VAHDAT");

    private ReportsApi() {
    }

    static JsonPath get(String path) {
        return given().auth().oauth2(DevTokens.token("analyst")).get(path).then().statusCode(200).extract().jsonPath();
    }

    /** Waits until everything already on the topics is applied (and the active generation is complete), then reads. */
    static JsonPath settled(String path) {
        settle();
        return get(path);
    }

    /** The consumer group of the service under test (its {@code %test} profile's, not a running suite's). */
    static String consumerGroup() {
        return ConfigProvider.getConfig().getValue("hamkori.reporting.consumer-group", String.class);
    }

    static void settle() {
        ConsumerLag.awaitCaughtUp(consumerGroup(), TOPICS, CATCH_UP_DEADLINE);
        awaitCondition("the active read-model generation is replayed", CATCH_UP_DEADLINE, () -> given()
                .auth().oauth2(DevTokens.token("admin")).get("/admin/rebuild").then().statusCode(200).extract()
                .jsonPath().getString("generations.find { it.state == 'ACTIVE' }.replayedAt") != null);
    }

    /** Starts a rebuild as the admin; returns the number of the generation it builds. */
    static int startRebuild() {
        return given().auth().oauth2(DevTokens.token("admin")).post("/admin/rebuild").then().statusCode(202)
                .extract().jsonPath().getInt("number");
    }

    /** Waits for the rebuild of generation {@code number} to end: it is ACTIVE, and no figure differed. */
    static void assertRebuiltWithNoDifferences(int number) {
        String generation = "generations.find { it.number == " + number + " }.";
        JsonPath done = Eventually.value("generation " + number + " is ACTIVE or FAILED", REBUILD_DEADLINE,
                () -> given().auth().oauth2(DevTokens.token("admin")).get("/admin/rebuild").then().statusCode(200)
                        .extract().jsonPath(),
                g -> List.of("ACTIVE", "FAILED").contains(g.getString(generation + "state")));
        assertEquals("ACTIVE", done.getString(generation + "state"), done.prettify());
        assertEquals(0, done.getInt(generation + "comparison.differencesFound"),
                () -> "figures differ: " + done.getList(generation + "comparison.differences"));
    }

    static JsonPath awaitReport(String path, Predicate<JsonPath> condition) {
        return Eventually.value("report " + path + " reaches the expected figures", DEADLINE, () -> get(path),
                condition);
    }

    /**
     * Waits until the overview of {@code partner}'s records meets {@code condition}; it is a 400 until the partner's
     * first record is applied (no record is attributed to a partner code the programme does not know).
     */
    static void awaitPartnerOverview(String partner, Predicate<JsonPath> condition) {
        awaitCondition("the overview of " + partner + " reaches the expected figures", () -> {
            var overview = given().auth().oauth2(DevTokens.token("analyst")).queryParam("partnerCode", partner)
                    .get("/reports/overview");
            return overview.statusCode() == 200 && condition.test(overview.jsonPath());
        });
    }

    static void awaitCondition(String what, BooleanSupplier condition) {
        awaitCondition(what, DEADLINE, condition);
    }

    static void awaitCondition(String what, Duration within, BooleanSupplier condition) {
        Eventually.until(what, within, condition);
    }

    /** A district of the reference data that other suites do not use, at random. */
    static District quietDistrict() {
        List<District> quiet = ReferenceData.get().districts().stream()
                .filter(d -> !BUSY_DISTRICTS.contains(d.code())).toList();
        return quiet.get(ThreadLocalRandom.current().nextInt(quiet.size()));
    }

    /** The overview, regions and districts reports at one moment. */
    record Reports(JsonPath overview, JsonPath regions, JsonPath districts) {

        static Reports settled() {
            settle();
            return new Reports(get("/reports/overview"), get("/reports/regions"), get("/reports/districts"));
        }

        long overall(String figure) {
            return overview.getLong(figure);
        }

        long region(String regionCode, String figure) {
            return regions.getLong("rows.find { it.regionCode == '" + regionCode + "' }." + figure);
        }

        long district(String districtCode, String figure) {
            return districts.getLong("rows.find { it.districtCode == '" + districtCode + "' }." + figure);
        }
    }

    /** Asserts that every figure moved by exactly its delta in the district, its region and overall. */
    static void assertDeltas(Reports before, Reports after, District district, Map<String, Long> deltas) {
        deltas.forEach((figure, delta) -> {
            assertEquals(before.district(district.code(), figure) + delta, after.district(district.code(), figure),
                    district.code() + " " + figure);
            assertEquals(before.region(district.regionCode(), figure) + delta,
                    after.region(district.regionCode(), figure), district.regionCode() + " " + figure);
            assertEquals(before.overall(figure) + delta, after.overall(figure), "overall " + figure);
        });
    }
}
