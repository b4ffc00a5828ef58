package org.hamkori.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.EventType;
import org.hamkori.contract.Sex;
import org.hamkori.contract.centers.CenterClosed;
import org.hamkori.contract.groups.MemberRole;
import org.hamkori.contract.reference.District;
import org.hamkori.testkit.ConsumerLag;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.Test;

/** {@code GET /events/stream} read by a real HTTP client, as a partner's EventSource would. */
@QuarkusTest
class EventStreamTest extends ProgrammeEventsFixture {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/events/stream")
    URI stream;

    private final HttpClient http = HttpClient.newHttpClient();

    /** An SSE event as the client parsed it. */
    record Received(String id, String event, String data) {
    }

    /** Put on the queue when the service ended the stream. */
    private static final Received END = new Received(null, null, null);

    /** A client connection: its frames arrive on a queue; comments are kept as events named ":". */
    final class Client implements AutoCloseable {
        private final BlockingQueue<Received> frames = new LinkedBlockingQueue<>();
        private final Stream<String> lines;
        final int status;

        Client(String token, String lastEventId) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + token);
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<Stream<String>> response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
            status = response.statusCode();
            lines = response.body();
            Thread reader = new Thread(this::read, "sse-test-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            String id = null;
            String event = null;
            StringBuilder data = new StringBuilder();
            try {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.isEmpty()) {
                        if (id != null || event != null || data.length() > 0) {
                            frames.add(new Received(id, event, data.toString()));
                        }
                        id = null;
                        event = null;
                        data.setLength(0);
                    } else if (line.startsWith(":")) {
                        frames.add(new Received(null, ":", line.substring(1).trim()));
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("event:")) {
                        event = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).trim());
                    }
                }
            } catch (RuntimeException closed) {
                // the test closed the connection
            }
            frames.add(END);
        }

        /** Waits for the events with these ids, returning every event received meanwhile. */
        List<Received> awaitIds(List<UUID> ids) throws InterruptedException {
            List<Received> received = new ArrayList<>();
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!received.stream().map(Received::id).toList().containsAll(ids.stream().map(UUID::toString).toList())) {
                Received next = frames.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new AssertionError("events " + ids + " not received within " + WAIT + "; got " + received);
                }
                if (next.id() != null) {
                    received.add(next);
                }
            }
            return received;
        }

        /** Waits until the service ends the stream, returning the comments it sent meanwhile. */
        List<String> awaitEnd() throws InterruptedException {
            List<String> comments = new ArrayList<>();
            long deadline = System.nanoTime() + WAIT.toNanos();
            for (Received next = null; next != END; ) {
                next = frames.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new AssertionError("the stream did not end within " + WAIT + "; comments " + comments);
                }
                if (":".equals(next.event())) {
                    comments.add(next.data());
                }
            }
            return comments;
        }

        void awaitOpen() throws InterruptedException {
            Received first = frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(new Received(null, ":", "stream open"), first);
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    @Test
    void eventsArriveAsTheyArePublishedAndAReconnectResumesAfterTheLastOneReceived() throws Exception {
        District district = ReportsApi.quietDistrict();
        UUID group;
        List<UUID> ids = new ArrayList<>();
        try (Client client = new Client(DevTokens.token("partner"), null)) {
            assertEquals(200, client.status);
            client.awaitOpen();
            group = events.formGroup(district, LocalDate.parse("2023-01-10"));
            ids.add(lastCeId());
            events.join(group, MemberRole.POLICE_OFFICER, Sex.FEMALE, LocalDate.parse("2023-01-11"));
            ids.add(lastCeId());
            events.join(group, MemberRole.COMMUNITY_REPRESENTATIVE, Sex.MALE, LocalDate.parse("2023-01-12"));
            ids.add(lastCeId());

            List<Received> received = client.awaitIds(ids);
            Received formed = received.stream().filter(r -> r.id().equals(ids.get(0).toString())).findFirst()
                    .orElseThrow();
            assertEquals(EventType.GROUP_FORMED.ceType(), formed.event());
            JsonNode payload = EventJson.mapper().readTree(formed.data());
            assertEquals(group.toString(), payload.get("groupId").asText());
            assertEquals(district.code(), payload.get("districtCode").asText());
            assertEquals(ids.stream().map(UUID::toString).toList(), received.stream().map(Received::id)
                    .filter(id -> ids.stream().anyMatch(i -> i.toString().equals(id))).toList(),
                    "one group's events in the order published");
        }
        ConsumerLag.awaitCaughtUp(ReportsApi.consumerGroup(), ReportsApi.TOPICS, ReportsApi.DEADLINE);

        try (Client resumed = new Client(DevTokens.token("analyst"), ids.get(0).toString())) {
            assertEquals(200, resumed.status);
            resumed.awaitOpen();
            events.join(group, MemberRole.POLICE_OFFICER, Sex.MALE, LocalDate.parse("2023-01-13"));
            UUID later = lastCeId();
            List<Received> received = resumed.awaitIds(List.of(ids.get(1), ids.get(2), later));
            assertFalse(received.stream().anyMatch(r -> r.id().equals(ids.get(0).toString())),
                    "the last event received is not sent again");
            assertEquals(List.of(ids.get(1).toString(), ids.get(2).toString(), later.toString()),
                    received.stream().map(Received::id).filter(id -> id.equals(ids.get(1).toString())
                            || id.equals(ids.get(2).toString()) || id.equals(later.toString())).toList());
        }
    }

    @Test
    void aStreamEndsWhenItsTokenExpires() throws Exception {
        Instant now = Instant.now();
        String shortLived = DevTokens.sign("dev-partner", now, now.plusSeconds(2), "partner");
        try (Client client = new Client(shortLived, null)) {
            assertEquals(200, client.status);
            client.awaitOpen();
            assertTrue(client.awaitEnd().contains("token expired"));
        }
    }

    @Test
    void oneClientHoldsThreeStreamsAtMostAndOthersStillGetIn() throws Exception {
        String partner = DevTokens.tokenFor("partner-holding-streams", "partner");
        List<Client> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Client client = new Client(partner, null);
                open.add(client);
                assertEquals(200, client.status);
                client.awaitOpen();
            }
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(stream).header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + partner).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(429, refused.statusCode());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent(), "Retry-After");
            assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));

            try (Client another = new Client(DevTokens.tokenFor("another-partner", "partner"), null)) {
                assertEquals(200, another.status);
                another.awaitOpen();
            }
        } finally {
            open.forEach(Client::close);
        }
    }

    @Test
    void aClosureRecordedWithFreeTextReachesPartnersWithTheCodeOtherOnly() throws Exception {
        try (Client client = new Client(DevTokens.token("partner"), null)) {
            client.awaitOpen();
            UUID formerShape = events.send(new CenterClosed(UUID.randomUUID(), LocalDate.parse("2023-03-01"),
                    "Closed after a complaint by Dilorom Rahimzoda"));
            UUID coded = events.send(new CenterClosed(UUID.randomUUID(), LocalDate.parse("2023-03-02"), "RELOCATED"));

            List<Received> received = client.awaitIds(List.of(formerShape, coded));
            assertEquals("OTHER", reason(received, formerShape));
            assertEquals("RELOCATED", reason(received, coded));
        }
    }

    private static String reason(List<Received> received, UUID id) throws IOException {
        Received event = received.stream().filter(r -> r.id().equals(id.toString())).findFirst().orElseThrow();
        return EventJson.mapper().readTree(event.data()).get("reason").asText();
    }

    @Test
    void anUnknownLastEventIdIsABadRequest() throws Exception {
        try (Client client = new Client(DevTokens.token("admin"), UUID.randomUUID().toString())) {
            assertEquals(400, client.status);
        }
        try (Client client = new Client(DevTokens.token("admin"), "not-an-id")) {
            assertEquals(400, client.status);
        }
    }

    @Test
    void recordsThatAreNotEventsOfTheCatalogueAreLeftOut() throws Exception {
        try (Client client = new Client(DevTokens.token("partner"), null)) {
            client.awaitOpen();
            UUID key = UUID.randomUUID();
            events.raw().sendRaw("groups.events", key.toString(), org.hamkori.testkit.TestEvents.headers(
                    UUID.randomUUID(), "org.hamkori.groups.GroupRenamed.v1", "/hamkori/groups-service", key, 1),
                    "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            events.formGroup(ReportsApi.quietDistrict(), LocalDate.parse("2023-02-01"));
            List<Received> received = client.awaitIds(List.of(lastCeId()));
            assertTrue(received.stream().noneMatch(r -> r.event().contains("GroupRenamed")));
        }
    }

    private static UUID lastCeId() {
        return events.lastCeId();
    }
}
