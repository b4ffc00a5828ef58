package org.hamkori.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamkori.contract.EventType;
import org.hamkori.contract.centers.CenterRegistered;

/**
 * {@code webhooks <samples> <burst> <endpoints>}: a partner's receiver on loopback ({@link Receiver}) registered in
 * webhooks-service for {@code CenterRegistered}, as the demo partner's (SAFERWORLD).
 * <ul>
 * <li>Latency: {@code samples} centres registered one after the other, each from the moment its {@code POST /centers}
 * answered until the receiver got the delivery whose {@code ce-subject} is the centre; the POST alone is the
 * reference.</li>
 * <li>Throughput: {@code endpoints} endpoints, each filtered to a district of its own (as partners working in
 * different districts; webhooks-service limits each endpoint to 50 attempts/s), then {@code burst} centres
 * registered by 8 clients round the districts; how long until each was delivered once, against the writes' own
 * rate.</li>
 * <li>Drain: once the burst is delivered, a recovery of the burst's window on each endpoint queues every delivery
 * again at once; how fast an instance sends a backlog with no writes competing for the cores.</li>
 * </ul>
 * Prints {@code latency_p50= latency_p95= latency_p99= post_p50= post_p95= writes= writes_per_s= delivered=
 * deliveries_per_s= seconds= requests= drained= drain_per_s= drain_seconds=}. Deletes the endpoints it registered.
 */
final class WebhookDeliveries {

    /** Admin registers the partner's endpoints (for its partner code): the demo partner's token may lack the claim. */
    private static final String ADMIN = "admin";
    private static final String PARTNER_CODE = "SAFERWORLD";
    private static final String CENTRE_REGISTERED = EventType.of(CenterRegistered.class).ceType();
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);
    private static final int CLIENTS = 8;
    private static final String BURST = "burst";

    private final Api api = new Api();
    private final Programme programme = new Programme(api);
    private final List<String[]> registered = new ArrayList<>();

    static void run(int samples, int burst, int endpoints) throws Exception {
        WebhookDeliveries probe = new WebhookDeliveries();
        try (Receiver receiver = new Receiver()) {
            String latency = probe.latency(receiver, samples);
            Instant burstFrom = Instant.now().minusSeconds(1);
            String throughput = probe.throughput(receiver, burst, endpoints);
            String drain = probe.drain(receiver, burstFrom);
            System.out.println(latency + " " + throughput + " " + drain);
        } finally {
            probe.deleteEndpoints();
        }
    }

    private String latency(Receiver receiver, int samples) throws InterruptedException {
        register(receiver.url("/latency/"), null);
        long[] delivered = new long[samples];
        long[] posts = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            Programme.Centre centre = programme.register("WHL", i, "DUSHANBE.SINO");
            long answered = System.nanoTime();
            posts[i] = answered - start;
            delivered[i] = Math.max(0, receiver.receiptOf(centre.id().toString(), DELIVERY_TIMEOUT) - answered);
        }
        deleteEndpoints();
        return String.format("latency_p50=%.1f latency_p95=%.1f latency_p99=%.1f post_p50=%.1f post_p95=%.1f",
                Percentiles.ms(delivered, 50), Percentiles.ms(delivered, 95), Percentiles.ms(delivered, 99),
                Percentiles.ms(posts, 50), Percentiles.ms(posts, 95));
    }

    private String throughput(Receiver receiver, int burst, int endpoints) throws Exception {
        List<String> districts = new ArrayList<>();
        for (int e = 0; e < endpoints; e++) {
            String district = Programme.DISTRICTS.get(e % Programme.DISTRICTS.size()).code();
            districts.add(district);
            register(receiver.url("/" + BURST + "/" + e), district);
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                writers.add(clients.submit(() -> {
                    for (int n = next.getAndIncrement(); n < burst; n = next.getAndIncrement()) {
                        programme.register("WHB", n, districts.get(n % districts.size()));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            clients.shutdownNow();
        }
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        Duration timeout = Duration.ofSeconds(Math.max(120, burst / 20));
        boolean all = receiver.awaitSubjects(BURST, burst, timeout);
        double seconds = ((all ? receiver.lastReceipt(BURST) : System.nanoTime()) - start) / 1e9;
        long delivered = receiver.subjects(BURST);
        return String.format("writes=%d writes_per_s=%.0f delivered=%d deliveries_per_s=%.0f seconds=%s requests=%d",
                burst, burst / writeSeconds, delivered, delivered / seconds,
                all ? String.format("%.1f", seconds) : "timeout", receiver.requests(BURST));
    }

    private String drain(Receiver receiver, Instant burstFrom) throws InterruptedException {
        long before = receiver.requests(BURST);
        Map<String, Object> window = Map.of("since", burstFrom.toString(),
                "until", Instant.now().plusSeconds(1).toString());
        long start = System.nanoTime();
        long requeued = 0;
        for (String[] endpoint : registered) {
            requeued += api.post(ADMIN, Api.WEBHOOKS + "/webhooks/endpoints/" + endpoint[0] + "/recovery", window)
                    .expect(202, "POST /webhooks/endpoints/{id}/recovery").json().get("requeued").asLong();
        }
        boolean all = receiver.awaitRequests(BURST, before + requeued, Duration.ofSeconds(Math.max(120, requeued / 20)));
        double seconds = ((all ? receiver.lastRequest(BURST) : System.nanoTime()) - start) / 1e9;
        long drained = receiver.requests(BURST) - before;
        return String.format("drained=%d drain_per_s=%.0f drain_seconds=%s", drained, drained / seconds,
                all ? String.format("%.1f", seconds) : "timeout");
    }

    private void register(String url, String districtCode) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("url", url);
        form.put("eventTypes", List.of(CENTRE_REGISTERED));
        if (districtCode != null) {
            form.put("filter", Map.of("districtCode", districtCode));
        }
        form.put("description", "./hamkori bench receiver");
        form.put("partnerCode", PARTNER_CODE);
        Api.Answer created = api.post(ADMIN, Api.WEBHOOKS + "/webhooks/endpoints", form)
                .expect(201, "POST /webhooks/endpoints");
        registered.add(new String[] {created.json().get("id").asText(), created.etag()});
    }

    /** Deletes the endpoints registered, each tried again a few times while the service answers 503 (busy). */
    private void deleteEndpoints() throws InterruptedException {
        for (String[] endpoint : registered) {
            Api.Answer deleted = null;
            for (int attempt = 0; attempt < 5 && (deleted == null || deleted.status() == 503); attempt++) {
                if (deleted != null) {
                    Thread.sleep(1000);
                }
                deleted = api.delete(ADMIN, Api.WEBHOOKS + "/webhooks/endpoints/" + endpoint[0], endpoint[1]);
            }
            if (deleted.status() / 100 != 2) {
                System.err.println("could not delete endpoint " + endpoint[0] + ": " + deleted.status() + " "
                        + deleted.body());
            }
        }
        registered.clear();
    }
}
