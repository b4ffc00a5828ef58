package org.hamkori.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.hamkori.testkit.Eventually;

/**
 * Registers new-build centres from a few threads, spread round-robin over the given instances of centers-service,
 * until stopped. Each centre carries an {@code Idempotency-Key} and is sent again (same key, same body, the next
 * instance) until it is accepted, so every centre is created exactly once whatever happens to the instances
 * meanwhile; a 4xx fails the load.
 */
final class WriteLoad {

    static final List<String> DISTRICTS = List.of("KHATLON.FARKHOR", "SUGHD.ISFARA", "KHATLON.JAYHUN");
    static final Duration ACCEPTED_WITHIN = Duration.ofSeconds(240);

    private final List<Suite.Service> instances;
    private final ExecutorService threads;
    private final List<Future<?>> writers = new ArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger nextInstance = new AtomicInteger();
    private final AtomicLong registered = new AtomicLong();
    private final Map<String, AtomicLong> registeredByDistrict = new ConcurrentHashMap<>();
    private final Map<Suite.Service, AtomicLong> acceptedBy = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private WriteLoad(List<Suite.Service> instances, int threadCount) {
        this.instances = instances;
        this.threads = Executors.newFixedThreadPool(threadCount);
        for (int i = 0; i < threadCount; i++) {
            int writer = i;
            writers.add(threads.submit(() -> write(writer)));
        }
    }

    static WriteLoad start(int threadCount, Suite.Service... instances) {
        return new WriteLoad(List.of(instances), threadCount);
    }

    long registered() {
        return registered.get();
    }

    /** How many centres {@code instance} accepted. */
    long acceptedBy(Suite.Service instance) {
        AtomicLong accepted = acceptedBy.get(instance);
        return accepted == null ? 0 : accepted.get();
    }

    /** Waits until {@code more} centres beyond those registered so far are accepted. */
    void awaitMore(long more) {
        long target = registered() + more;
        Eventually.until(target + " centres registered", ACCEPTED_WITHIN, () -> registered() >= target);
    }

    /** Stops the writers once each has its centre in hand accepted; what the reports must then show. */
    ExpectedFigures stop() throws InterruptedException, ExecutionException {
        stopping.set(true);
        for (Future<?> writer : writers) {
            writer.get();
        }
        threads.shutdown();
        ExpectedFigures expected = new ExpectedFigures();
        registeredByDistrict.forEach((district, count) -> expected.add(district, "centers.total", count.get())
                .add(district, "centers.newBuild", count.get()));
        return expected;
    }

    private void write(int writer) {
        for (int n = 0; !stopping.get(); n++) {
            String district = DISTRICTS.get((writer + n) % DISTRICTS.size());
            String code = "LOAD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            String body = """
                    {"code":"%s","name":"Centre %s","districtCode":"%s","constructionType":"NEW_BUILD","workplaces":4}
                    """.formatted(code, code, district);
            String key = UUID.randomUUID().toString();
            Eventually.value("centre " + code + " accepted by one of " + instances, ACCEPTED_WITHIN,
                    () -> send(key, body), status -> status == 201);
            registered.incrementAndGet();
            registeredByDistrict.computeIfAbsent(district, d -> new AtomicLong()).incrementAndGet();
        }
    }

    /** The status of one attempt on the next instance; 0 when it did not answer. */
    private int send(String key, String body) {
        Suite.Service instance = instances.get(Math.floorMod(nextInstance.getAndIncrement(), instances.size()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(instance.url() + "/centers"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .header("Authorization", "Bearer " + SignIn.token("coordinator"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0; // stopping, stopped or not started yet: the next attempt goes elsewhere
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (status >= 400 && status < 500) {
            throw new AssertionError(instance + " refused a valid centre: " + status);
        }
        if (status == 201) {
            acceptedBy.computeIfAbsent(instance, i -> new AtomicLong()).incrementAndGet();
        }
        return status;
    }
}
