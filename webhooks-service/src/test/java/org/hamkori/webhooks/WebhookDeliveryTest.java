package org.hamkori.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.testkit.DevTokens;
import org.hamkori.testkit.Eventually;
import org.hamkori.webhooks.Receiver.Answer;
import org.hamkori.webhooks.Receiver.Received;
import org.junit.jupiter.api.Test;

/**
 * Deliveries end to end: events written to the real topics, consumed, fanned out and POSTed to receivers on loopback
 * that check each request independently (Standard Webhooks library, CloudEvents SDK).
 */
@QuarkusTest
class WebhookDeliveryTest extends FanOutTest {

    @Test
    void everyDeliveryIsASignedCloudEventCarryingThePayloadBytesAsOnKafka() {
        try (Receiver receiver = new Receiver()) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver, WebhooksApi.GROUP_FORMED);
            GroupFormed formed = formed(UUID.randomUUID());
            UUID ceId = events.send(formed, 1);

            Received delivery = awaitDeliveries(receiver, Set.of(formed.groupId()), 1).get(0);
            assertNull(delivery.signatureProblem(), "verified with the Standard Webhooks library");
            CloudEvent event = delivery.event();
            assertEquals(ceId.toString(), event.getId());
            assertEquals(WebhooksApi.GROUP_FORMED, event.getType());
            assertEquals("/hamkori/groups-service", event.getSource().toString());
            assertEquals(formed.groupId().toString(), event.getSubject());
            assertEquals("1", String.valueOf(event.getExtension("sequence")));
            assertEquals("application/json", event.getDataContentType());
            assertArrayEquals(EventJson.write(formed).getBytes(StandardCharsets.UTF_8), event.getData().toBytes(),
                    "the payload's bytes exactly as on Kafka");
            assertEquals(ceId.toString(), delivery.webhookId());
            assertNull(delivery.header("traceparent"), "the programme's trace context stays inside it");
            WebhooksApi.delete(endpoint.id());
        }
    }

    @Test
    void anEventRedeliveredByKafkaIsDeliveredOncePerEndpoint() {
        try (Receiver first = new Receiver(); Receiver second = new Receiver()) {
            WebhooksApi.Registered one = WebhooksApi.register(first, WebhooksApi.GROUP_FORMED);
            WebhooksApi.Registered two = WebhooksApi.register(second);
            GroupFormed formed = formed(UUID.randomUUID());
            UUID ceId = UUID.randomUUID();
            events.send(ceId, formed, 1);
            events.send(ceId, formed, 1);
            WebhooksApi.awaitConsumed();

            for (WebhooksApi.Registered endpoint : List.of(one, two)) {
                List<Map<String, Object>> logged = Eventually.value("the event is delivered to " + endpoint.id(),
                        WITHIN, () -> WebhooksApi.deliveries(endpoint.id(), "").stream()
                                .filter(d -> ceId.toString().equals(d.get("eventId"))).toList(),
                        found -> found.size() == 1 && "DELIVERED".equals(found.get(0).get("status")));
                assertEquals(1, logged.size());
            }
            assertEquals(1, awaitDeliveries(first, Set.of(formed.groupId()), 1).size());
            assertEquals(1, awaitDeliveries(second, Set.of(formed.groupId()), 1).size());
            WebhooksApi.delete(one.id());
            WebhooksApi.delete(two.id());
        }
    }

    @Test
    void anEndpointsHealthGivesTheShareOfTheLastDaysAttemptsThatSucceededWithTheirCount() {
        try (Receiver receiver = new Receiver().failingFirst(3, Answer.of(503), Answer.of(204))) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver, WebhooksApi.GROUP_FORMED);
            assertNull(WebhooksApi.endpoint(endpoint.id()).get("health.successRate"), "no attempt yet: no rate");
            events.send(formed(UUID.randomUUID()), 1);
            Eventually.until("the event is accepted at its fourth attempt", WITHIN,
                    () -> WebhooksApi.endpoint(endpoint.id()).getInt("health.attemptsLast24Hours") == 4);
            assertEquals(0.25, WebhooksApi.endpoint(endpoint.id()).getDouble("health.successRate"), 1e-9);
            assertEquals(0.25, given().auth().oauth2(DevTokens.token("admin")).get("/webhooks/endpoints?size=500")
                    .then().statusCode(200).extract().jsonPath()
                    .getDouble("items.find { it.id == '" + endpoint.id() + "' }.health.successRate"), 1e-9,
                    "the list shows it too");
            WebhooksApi.delete(endpoint.id());
        }
    }

    @Test
    void aSubjectsEventsArriveInSequenceOrderThoughTheirFirstAttemptsFail() {
        try (Receiver receiver = new Receiver().failingFirst(2, Answer.of(500), Answer.of(200))) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver, WebhooksApi.GROUP_FORMED);
            List<UUID> subjects = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            for (int sequence = 1; sequence <= 5; sequence++) {
                for (UUID subject : subjects) {
                    events.send(formed(subject), sequence);
                }
            }
            awaitAccepted(receiver, subjects, 5);
            for (UUID subject : subjects) {
                List<Long> seen = receiver.deliveriesOf(Set.of(subject)).stream().map(Received::sequence).toList();
                assertEquals(seen.stream().sorted().toList(), seen, "attempts of " + subject + " in ce-sequence order");
                assertEquals(15, seen.size(), "three attempts of each of five events");
            }
            WebhooksApi.delete(endpoint.id());
        }
    }

    @Test
    void retryAfterIsHonoured() {
        try (Receiver receiver = new Receiver().failingFirst(1, Answer.of(503, Map.of("Retry-After", "3")),
                Answer.of(204))) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver, WebhooksApi.GROUP_FORMED);
            GroupFormed formed = formed(UUID.randomUUID());
            events.send(formed, 1);
            List<Received> both = awaitDeliveries(receiver, Set.of(formed.groupId()), 2);
            Duration waited = Duration.between(both.get(0).at(), both.get(1).at());
            assertTrue(waited.compareTo(Duration.ofSeconds(3)) >= 0,
                    "the second attempt waited " + waited + " though the backoff alone is 0.1 s");
            WebhooksApi.delete(endpoint.id());
        }
    }

    @Test
    void aGoneEndpointIsDisabled() {
        try (Receiver receiver = new Receiver().answering(request -> Answer.of(410))) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver, WebhooksApi.GROUP_FORMED);
            events.send(formed(UUID.randomUUID()), 1);
            Eventually.until("the endpoint is disabled", WITHIN,
                    () -> !WebhooksApi.endpoint(endpoint.id()).getBoolean("enabled"));
            assertTrue(WebhooksApi.endpoint(endpoint.id()).getString("disabledReason").contains("410"));
            WebhooksApi.delete(endpoint.id());
        }
    }

    @Test
    void aRedirectIsNeverFollowed() {
        try (Receiver elsewhere = new Receiver();
                Receiver receiver = new Receiver().answering(request -> Answer.of(307,
                        Map.of("Location", elsewhere.url())))) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver, WebhooksApi.GROUP_FORMED);
            GroupFormed formed = formed(UUID.randomUUID());
            events.send(formed, 1);
            awaitDeliveries(receiver, Set.of(formed.groupId()), 3);
            assertEquals(List.of(), elsewhere.deliveries(), "nothing reached the redirect's target");
            Map<String, Object> logged = WebhooksApi.deliveries(endpoint.id(), "").stream()
                    .filter(d -> formed.groupId().toString().equals(d.get("subject"))).findFirst().orElseThrow();
            assertEquals("PENDING", logged.get("status"));
            assertTrue(String.valueOf(logged.get("lastError")).contains("not followed"), logged.toString());
            WebhooksApi.delete(endpoint.id());
        }
    }

    @Test
    void duringASecretRotationDeliveriesAreSignedWithBothSecrets() throws Exception {
        try (Receiver receiver = new Receiver()) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver, WebhooksApi.GROUP_FORMED);
            String rotated = given().auth().oauth2(DevTokens.token("admin"))
                    .post("/webhooks/endpoints/" + endpoint.id() + "/secret/rotation").then().statusCode(200)
                    .extract().path("secret");
            receiver.trusting(rotated);
            GroupFormed formed = formed(UUID.randomUUID());
            events.send(formed, 1);
            Received delivery = awaitDeliveries(receiver, Set.of(formed.groupId()), 1).get(0);
            assertEquals(2, delivery.header("webhook-signature").split(" ").length);
            for (String secret : List.of(endpoint.secret(), rotated)) {
                new Webhook(secret).verify(new String(delivery.body(), StandardCharsets.UTF_8), delivery.headers());
            }
            WebhooksApi.delete(endpoint.id());
        }
    }

    @Test
    void anEndpointThatNeverAnswersDoesNotDelayAnother() {
        try (Receiver healthy = new Receiver(); Receiver hanging = new Receiver().answering(request -> Answer.never())) {
            WebhooksApi.Registered dead = WebhooksApi.register(hanging, WebhooksApi.GROUP_FORMED);
            WebhooksApi.Registered alive = WebhooksApi.register(healthy, WebhooksApi.GROUP_FORMED);
            List<UUID> subjects = new ArrayList<>();
            Instant sent = Instant.now();
            for (int i = 0; i < 40; i++) {
                GroupFormed formed = formed(UUID.randomUUID());
                subjects.add(formed.groupId());
                events.send(formed, 1);
            }
            awaitDeliveries(healthy, subjects, 40);
            Duration took = Duration.between(sent, Instant.now());
            List<Map<String, Object>> stuck = WebhooksApi.deliveries(dead.id(), "&status=PENDING");
            assertTrue(stuck.stream().filter(d -> subjects.contains(UUID.fromString((String) d.get("subject"))))
                    .count() >= 36, "the hanging endpoint still has its deliveries pending, yet the other got all 40"
                    + " in " + took);
            WebhooksApi.delete(dead.id());
            WebhooksApi.delete(alive.id());
        }
    }

    @Test
    void aReceiverDownForAMinuteDuringABurstGetsEveryEventOnceInOrderWithStableWebhookIds() {
        try (Receiver receiver = new Receiver()) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver, WebhooksApi.GROUP_FORMED);
            List<UUID> subjects = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                subjects.add(UUID.randomUUID());
            }
            Instant down = null;
            for (int sequence = 1; sequence <= 10; sequence++) {
                if (sequence == 4) {
                    receiver.stop();
                    down = Instant.now();
                }
                for (UUID subject : subjects) {
                    events.send(formed(subject), sequence);
                }
            }
            Instant upAgain = down.plus(Duration.ofMinutes(1));
            // the receiver stays down a minute, and until attempts have failed against it (retried every 2 s at most)
            Eventually.until("a minute of attempts failing while the receiver is down", WITHIN.plusMinutes(1),
                    () -> Instant.now().isAfter(upAgain) && given().auth().oauth2(DevTokens.token("admin"))
                            .get("/webhooks/endpoints/{id}", endpoint.id()).then().statusCode(200).extract()
                            .path("health.failingSince") != null);
            receiver.restart();

            awaitAccepted(receiver, subjects, 10);
            Map<UUID, List<Received>> bySubject = receiver.deliveriesOf(subjects).stream()
                    .collect(Collectors.groupingBy(r -> UUID.fromString(r.header("ce-subject"))));
            for (UUID subject : subjects) {
                List<Long> sequences = bySubject.get(subject).stream().map(Received::sequence).toList();
                assertEquals(sequences.stream().sorted().toList(), sequences, "ce-sequence order of " + subject);
                assertEquals(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), new HashSet<>(sequences));
            }
            Map<String, Set<String>> idsPerEvent = new HashMap<>();
            receiver.deliveriesOf(subjects).forEach(r -> idsPerEvent.computeIfAbsent(r.header("ce-subject") + "/"
                    + r.sequence(), k -> new HashSet<>()).add(r.webhookId()));
            idsPerEvent.forEach((event, ids) -> assertEquals(1, ids.size(), "one webhook-id for " + event));
            assertTrue(receiver.deliveriesOf(subjects).stream().allMatch(r -> r.signatureProblem() == null));
            WebhooksApi.delete(endpoint.id());
        }
    }

    @Test
    void aDeliveryIsSentAgainOnRequestAndARecoveryResendsItsWindow() {
        try (Receiver receiver = new Receiver()) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver, WebhooksApi.GROUP_FORMED);
            Instant since = Instant.now().minusSeconds(1);
            GroupFormed formed = formed(UUID.randomUUID());
            events.send(formed, 1);
            awaitDeliveries(receiver, Set.of(formed.groupId()), 1);
            Map<String, Object> logged = Eventually.value("the delivery is logged as delivered", WITHIN,
                    () -> WebhooksApi.deliveries(endpoint.id(), "&status=DELIVERED&eventType=" + WebhooksApi.GROUP_FORMED)
                            .stream().filter(d -> formed.groupId().toString().equals(d.get("subject"))).findFirst(),
                    java.util.Optional::isPresent).orElseThrow();
            List<Map<String, Object>> attempts = (List<Map<String, Object>>) logged.get("attempts");
            assertEquals(204, attempts.get(0).get("statusCode"));

            given().auth().oauth2(DevTokens.token("admin")).post("/webhooks/endpoints/" + endpoint.id()
                    + "/deliveries/" + logged.get("id") + "/redelivery").then().statusCode(200)
                    .body("status", equalTo("PENDING"));
            awaitDeliveries(receiver, Set.of(formed.groupId()), 2);

            given().auth().oauth2(DevTokens.token("admin")).contentType("application/json")
                    .body(Map.of("since", since.toString(), "until", Instant.now().plusSeconds(1).toString()))
                    .post("/webhooks/endpoints/" + endpoint.id() + "/recovery").then().statusCode(202);
            List<Received> all = awaitDeliveries(receiver, Set.of(formed.groupId()), 3);
            assertEquals(1, all.stream().map(Received::webhookId).distinct().count(), "the same webhook-id each time");
            WebhooksApi.delete(endpoint.id());
        }
    }

    @Test
    void aRecoveryOlderThanTheDeliveryLogKeepsRereadsTheTopics() {
        try (Receiver receiver = new Receiver()) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver, WebhooksApi.GROUP_FORMED);
            GroupFormed formed = formed(UUID.randomUUID());
            Instant published = Instant.now().minus(Duration.ofDays(40));
            UUID ceId = UUID.randomUUID();
            WebhooksApi.sendPublishedAt(published, ceId, formed);
            awaitDeliveries(receiver, Set.of(formed.groupId()), 1);

            given().auth().oauth2(DevTokens.token("admin")).contentType("application/json")
                    .body(Map.of("since", published.minus(Duration.ofDays(1)).toString(),
                            "until", published.plus(Duration.ofDays(1)).toString()))
                    .post("/webhooks/endpoints/" + endpoint.id() + "/recovery").then().statusCode(202)
                    .body("requeued", equalTo(0)).body("replayFrom", org.hamcrest.Matchers.notNullValue());
            List<Received> both = awaitDeliveries(receiver, Set.of(formed.groupId()), 2);
            assertTrue(both.stream().allMatch(r -> ceId.toString().equals(r.webhookId())),
                    "the event re-read from the topic is the same event");
            WebhooksApi.delete(endpoint.id());
        }
    }

    @Test
    void anEndpointThatAcceptsNeitherThePingNorTheHandshakeIsNotRegistered() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        given().auth().oauth2(DevTokens.token("admin")).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:" + closedPort + "/hooks")).post("/webhooks/endpoints").then()
                .statusCode(422).body("detail", containsString("Ping.v1"));
    }

    @Test
    void anUnknownEventTypeOrABadUrlIsRefusedNamingTheField() {
        given().auth().oauth2(DevTokens.token("admin")).contentType("application/json")
                .body(Map.of("url", "ftp://127.0.0.1/hooks", "eventTypes", List.of("org.hamkori.nothing.v1")))
                .post("/webhooks/endpoints").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("url", "eventTypes[0]"));
    }

    @Test
    void aRecoveryWhoseUntilIsNotAfterItsSinceIsRefusedNamingUntil() {
        try (Receiver receiver = new Receiver()) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver, WebhooksApi.GROUP_FORMED);
            Instant now = Instant.now();
            given().auth().oauth2(DevTokens.token("admin")).contentType("application/json")
                    .body(Map.of("since", now.toString(), "until", now.minusSeconds(60).toString()))
                    .post("/webhooks/endpoints/{id}/recovery", endpoint.id()).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("until")));
            WebhooksApi.delete(endpoint.id());
        }
    }

    private static GroupFormed formed(UUID group) {
        return new GroupFormed(group, UUID.randomUUID(), "KHATLON", "KHATLON.FARKHOR", LocalDate.parse("2021-06-21"),
                "SAFERWORLD");
    }

    private static List<Received> awaitDeliveries(Receiver receiver, java.util.Collection<UUID> subjects, int count) {
        return Eventually.value(count + " request(s) about " + subjects.size() + " subject(s)", WITHIN,
                () -> receiver.deliveriesOf(subjects), found -> found.size() >= count);
    }

    /** Until every subject's events 1..{@code perSubject} were accepted (answered 2xx). */
    private static void awaitAccepted(Receiver receiver, List<UUID> subjects, int perSubject) {
        Eventually.until("every event of " + subjects.size() + " subjects accepted", Duration.ofSeconds(180), () -> {
            Map<String, Set<Long>> accepted = new TreeMap<>();
            receiver.deliveriesOf(subjects).stream().filter(Received::accepted).forEach(r -> accepted
                    .computeIfAbsent(r.header("ce-subject"), s -> new HashSet<>()).add(r.sequence()));
            return subjects.stream().allMatch(s -> accepted.getOrDefault(s.toString(), Set.of()).size() == perSubject);
        });
    }
}
