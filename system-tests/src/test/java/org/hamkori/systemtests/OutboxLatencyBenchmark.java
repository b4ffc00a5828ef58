package org.hamkori.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamkori.testkit.Eventually;
import org.hamkori.testkit.PublishedEvents;
import org.hamkori.testkit.PublishedEvents.Published;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: it asserts nothing about time and runs only with
 * {@code scripts/bench-outbox.sh} (Maven profile {@code benchmarks}). It registers and opens centres
 * through the API with a few concurrent clients and prints the request latency, the outbox latency
 * (event recorded in the transaction → record appended on the broker), the time until the reports
 * show every centre, and the services' resident memory.
 */
class OutboxLatencyBenchmark {

    static final int CENTERS = Integer.getInteger("bench.centres", 300);
    static final int CLIENTS = Integer.getInteger("bench.clients", 4);

    @BeforeAll
    static void startSuite() {
        Suite.ensureRunning();
    }

    @Test
    void measure() throws Exception {
        Programme.Reports before = Programme.settledReports();
        String token = SignIn.token("coordinator");
        List<Long> requestMillis = Collections.synchronizedList(new ArrayList<>());
        List<String> centers = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < CENTERS; i++) {
            int n = i;
            work.add(clients.submit(() -> {
                long t0 = System.nanoTime();
                String id = given().baseUri(Suite.Service.CENTERS.url()).contentType(ContentType.JSON).auth().oauth2(token)
                        .body(Map.of("code", "BENCH-" + Long.toString(System.nanoTime(), 36).toUpperCase() + n,
                                "name", "Benchmark centre", "districtCode", "DUSHANBE.SINO",
                                "constructionType", "NEW_BUILD", "workplaces", 4))
                        .post("/centers").then().statusCode(201).extract().<String>path("id");
                long t1 = System.nanoTime();
                given().baseUri(Suite.Service.CENTERS.url()).contentType(ContentType.JSON).auth().oauth2(token)
                        .body(Map.of("openedOn", "2021-06-21")).post("/centers/{id}/opening", id).then().statusCode(200);
                long t2 = System.nanoTime();
                requestMillis.add((t1 - t0) / 1_000_000);
                requestMillis.add((t2 - t1) / 1_000_000);
                centers.add(id);
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        clients.shutdown();
        double writeSeconds = (System.nanoTime() - started) / 1e9;

        Set<String> keys = Set.copyOf(centers);
        List<Published> records = PublishedEvents.await("centers.events", r -> keys.contains(r.key()),
                CENTERS * 2, Duration.ofMinutes(2));
        List<Long> outboxMillis = new ArrayList<>();
        for (Published record : records) {
            outboxMillis.add(record.timestamp() - Instant.parse(record.header("ce_time")).toEpochMilli());
        }
        long total = before.overall("centers.total") + CENTERS;
        long reportWait = System.nanoTime();
        Eventually.until("every centre in the overview", Duration.ofMinutes(2),
                () -> Programme.report("/reports/overview").getLong("centers.total") >= total);
        double reportsSeconds = (System.nanoTime() - started) / 1e9;

        StringBuilder out = new StringBuilder();
        out.append(String.format("centres: %d, concurrent clients: %d, cores: %d%n", CENTERS, CLIENTS,
                Runtime.getRuntime().availableProcessors()));
        out.append(String.format("writes: %d requests in %.1f s = %.0f requests/s%n", requestMillis.size(), writeSeconds,
                requestMillis.size() / writeSeconds));
        out.append("request latency ms: ").append(percentiles(requestMillis)).append('\n');
        out.append("outbox latency ms (in transaction -> on the broker): ").append(percentiles(outboxMillis)).append('\n');
        out.append(String.format("all %d centres in /reports/overview %.1f s after the first request (%.1f s after the last write)%n",
                CENTERS, reportsSeconds, (System.nanoTime() - reportWait) / 1e9));
        for (Suite.Service service : List.of(Suite.Service.CENTERS, Suite.Service.GROUPS, Suite.Service.TRAINING,
                Suite.Service.REPORTING)) {
            out.append(String.format("resident memory of %s: %s%n", service.directory, Suite.residentMemory(service)));
        }
        System.out.print(out);
        Path report = Suite.ROOT.resolve("system-tests/target/bench-outbox.txt");
        Files.writeString(report, out.toString());
    }

    private static String percentiles(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("p50 %d, p95 %d, p99 %d, max %d", at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                sorted.get(sorted.size() - 1));
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
