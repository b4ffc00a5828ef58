package org.hamkori.reporting;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.hamkori.testkit.ConsumerLag;
import org.hamkori.testkit.DevTokens;

/** Reads reports and waits, with a deadline, until they show what a test expects. */
final class ReportsApi {

    static final List<String> TOPICS = List.of("centers.events");
    static final Duration DEADLINE = Duration.ofSeconds(60);

    private ReportsApi() {
    }

    static JsonPath get(String path) {
        return given().auth().oauth2(DevTokens.token("analyst")).get(path).then().statusCode(200).extract().jsonPath();
    }

    /** Waits until everything already on the topics is applied, then returns the report. */
    static JsonPath settled(String path) {
        ConsumerLag.awaitCaughtUp("reporting-service", TOPICS, DEADLINE);
        return get(path);
    }

    static JsonPath awaitReport(String path, Predicate<JsonPath> condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        JsonPath report = get(path);
        while (!condition.test(report)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Report " + path + " did not reach the expected figures within " + DEADLINE
                        + "; last: " + report.prettify());
            }
            pause();
            report = get(path);
        }
        return report;
    }

    static long figure(JsonPath report, String path) {
        return report.getLong(path);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
