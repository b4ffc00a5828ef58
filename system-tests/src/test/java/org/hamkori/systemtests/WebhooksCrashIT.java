package org.hamkori.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.testkit.Eventually;
import org.hamkori.testkit.TestEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * webhooks-service killed (SIGKILL) in the middle of a burst: after its restart every event reaches the partner's
 * endpoint, each subject's events in ce-sequence order, and an event sent twice (its outcome was lost in the crash)
 * carries the same webhook-id both times.
 */
class WebhooksCrashIT {

    private static final String GROUP_FORMED = "org.hamkori.groups.GroupFormed.v1";

    /** What the partner's endpoint received: subject, sequence and webhook-id, in arrival order. */
    private record Arrival(String subject, long sequence, String webhookId) {
    }

    @BeforeAll
    static void startSuite() {
        Suite.ensureRunning();
    }

    @Test
    void afterAKillMidBurstEveryEventIsDeliveredInOrderPerSubject() throws Exception {
        List<Arrival> arrivals = Collections.synchronizedList(new ArrayList<>());
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String sequence = exchange.getRequestHeaders().getFirst("ce-sequence");
            if (sequence != null) {
                arrivals.add(new Arrival(exchange.getRequestHeaders().getFirst("ce-subject"), Long.parseLong(sequence),
                        exchange.getRequestHeaders().getFirst("webhook-id")));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String endpoint = Programme.as("admin", Suite.Service.WEBHOOKS)
                .body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hamkori",
                        "eventTypes", List.of(GROUP_FORMED)))
                .post("/webhooks/endpoints").then().statusCode(201).extract().path("id");
        try (TestEvents events = new TestEvents()) {
            List<UUID> subjects = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                subjects.add(UUID.randomUUID());
            }
            for (int sequence = 1; sequence <= 10; sequence++) {
                if (sequence == 4) {
                    Eventually.until("deliveries under way", Duration.ofSeconds(60), () -> arrivals.size() >= 20);
                    Suite.kill(Suite.Service.WEBHOOKS);
                }
                for (UUID subject : subjects) {
                    events.send(new GroupFormed(subject, UUID.randomUUID(), "KHATLON", "KHATLON.FARKHOR",
                            LocalDate.parse("2021-06-21"), "SAFERWORLD"), sequence);
                }
            }
            Suite.restart(Suite.Service.WEBHOOKS);

            Set<String> ours = new HashSet<>(subjects.stream().map(UUID::toString).toList());
            Eventually.until("every event of the burst delivered", Duration.ofSeconds(240), () -> {
                Map<String, Set<Long>> delivered = new HashMap<>();
                snapshot(arrivals).stream().filter(a -> ours.contains(a.subject()))
                        .forEach(a -> delivered.computeIfAbsent(a.subject(), s -> new HashSet<>()).add(a.sequence()));
                return ours.stream().allMatch(s -> delivered.getOrDefault(s, Set.of()).size() == 10);
            });
            Map<String, List<Long>> bySubject = new HashMap<>();
            Map<String, Set<String>> idsByEvent = new HashMap<>();
            for (Arrival arrival : snapshot(arrivals)) {
                if (ours.contains(arrival.subject())) {
                    bySubject.computeIfAbsent(arrival.subject(), s -> new ArrayList<>()).add(arrival.sequence());
                    idsByEvent.computeIfAbsent(arrival.subject() + "/" + arrival.sequence(), e -> new HashSet<>())
                            .add(arrival.webhookId());
                }
            }
            bySubject.forEach((subject, sequences) -> assertEquals(sequences.stream().sorted().toList(), sequences,
                    "ce-sequence order of " + subject + " across the crash"));
            idsByEvent.forEach((event, ids) -> assertEquals(1, ids.size(), "one webhook-id for " + event));
        } finally {
            Programme.as("admin", Suite.Service.WEBHOOKS).delete("/webhooks/endpoints/{id}", endpoint);
            receiver.stop(0);
        }
    }

    private static List<Arrival> snapshot(List<Arrival> arrivals) {
        synchronized (arrivals) {
            return List.copyOf(arrivals);
        }
    }
}
