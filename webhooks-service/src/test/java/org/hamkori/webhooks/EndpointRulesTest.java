package org.hamkori.webhooks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rules of endpoints and deliveries, without infrastructure. */
class EndpointRulesTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void privateLoopbackAndLinkLocalAddressesAreRefusedWhenNotAllowed() throws UnknownHostException {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "::1", "fc00::1", "fe80::1", "::ffff:127.0.0.1", "64:ff9b::a00:1")) {
            assertTrue(EndpointAddresses.refusal(List.of(InetAddress.getByName(address)), false).isPresent(),
                    address + " must be refused");
            assertTrue(EndpointAddresses.refusal(List.of(InetAddress.getByName(address)), true).isEmpty(),
                    address + " is allowed where configuration allows private addresses");
        }
        assertTrue(EndpointAddresses.refusal(List.of(InetAddress.getByName("93.184.216.34"),
                InetAddress.getByName("10.0.0.1")), false).isPresent(), "one private address among public ones");
        assertTrue(EndpointAddresses.refusal(List.of(InetAddress.getByName("93.184.216.34")), false).isEmpty());
    }

    @Test
    void onlyHttpsUrlsAreAcceptedUnlessPrivateAddressesAreAllowed() {
        assertTrue(EndpointAddresses.refusal("http://partner.example/hooks", false).isPresent());
        assertTrue(EndpointAddresses.refusal("https://partner.example/hooks", false).isEmpty());
        assertTrue(EndpointAddresses.refusal("http://127.0.0.1:8080/hooks", true).isEmpty());
        assertTrue(EndpointAddresses.refusal("https://user:pw@partner.example/", false).isPresent());
        assertTrue(EndpointAddresses.refusal("ftp://partner.example/", true).isPresent());
        assertTrue(EndpointAddresses.refusal("/relative", true).isPresent());
    }

    @Test
    void aSignatureVerifiesWithTheStandardWebhooksLibraryForEachSecretOfARotation() throws Exception {
        SigningSecret current = SigningSecret.generate();
        SigningSecret previous = SigningSecret.generate();
        byte[] body = "{\"groupId\":\"x\",\"name\":\"Гурӯҳ\"}".getBytes(StandardCharsets.UTF_8);
        Instant now = Instant.now();
        Map<String, String> headers = WebhookRequest.headers(Map.of("ce_id", "e1", "ce_type", "t",
                "ce_traceparent", "00-internal"), "e1", now, body, List.of(current, previous));
        assertEquals(2, headers.get("webhook-signature").split(" ").length);
        assertFalse(headers.containsKey("ce-traceparent"), "the trace context stays inside the programme");
        Map<String, List<String>> received = Map.of("webhook-id", List.of(headers.get("webhook-id")),
                "webhook-timestamp", List.of(headers.get("webhook-timestamp")),
                "webhook-signature", List.of(headers.get("webhook-signature")));
        for (SigningSecret secret : List.of(current, previous)) {
            assertDoesNotThrow(() -> new Webhook(secret.value()).verify(new String(body, StandardCharsets.UTF_8),
                    received));
        }
        assertTrue(current.value().matches("whsec_[A-Za-z0-9+/]{43}="), current.value());
    }

    @Test
    void retriesBackOffWithJitterHonourRetryAfterAndStopAfterThreeDays() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(6), Duration.ofDays(3),
                Duration.ofHours(12));
        Random random = new Random(7);
        AttemptResult failure = AttemptResult.answered(NOW, Duration.ZERO, 503, null, null, null);
        Duration first = Duration.between(NOW, schedule.next(1, NOW, failure, random).orElseThrow());
        assertTrue(first.compareTo(Duration.ofSeconds(5)) >= 0 && first.compareTo(Duration.ofSeconds(10)) <= 0, "" + first);
        Duration tenth = Duration.between(NOW, schedule.next(10, NOW, failure, random).orElseThrow());
        assertTrue(tenth.compareTo(Duration.ofMinutes(42)) >= 0, "" + tenth);
        AttemptResult askedToWait = AttemptResult.answered(NOW, Duration.ZERO, 429, Duration.ofMinutes(30), null,
                null);
        assertTrue(!schedule.next(1, NOW, askedToWait, random).orElseThrow().isBefore(NOW.plus(Duration.ofMinutes(30))));
        AttemptResult late = AttemptResult.answered(NOW.plus(Duration.ofDays(3)), Duration.ZERO, 500, null, null, null);
        assertTrue(schedule.next(18, NOW, late, random).isEmpty(), "given up after three days");
    }

    @Test
    void anEndpointFailingForTheWholePeriodIsDisabledAndAGoneOneAtOnce() {
        AttemptResult failure = AttemptResult.failed(NOW, Duration.ZERO, "connection refused");
        assertTrue(Endpoint.disablingReason(failure, NOW.minus(Duration.ofDays(2)), Duration.ofDays(3)).isEmpty());
        assertTrue(Endpoint.disablingReason(failure, NOW.minus(Duration.ofDays(3)), Duration.ofDays(3)).isPresent());
        AttemptResult gone = AttemptResult.answered(NOW, Duration.ZERO, 410, null, null, null);
        assertTrue(Endpoint.disablingReason(gone, NOW, Duration.ofDays(3)).orElseThrow().contains("410"));
        AttemptResult redirect = AttemptResult.answered(NOW, Duration.ZERO, 302, null, "https://elsewhere/", null);
        assertFalse(redirect.accepted(), "a redirect is a failure");
    }

    @Test
    void aFilterPassesEventsOfItsPlaceAndThoseThatNameNone() {
        Endpoint endpoint = Endpoint.register("SAFERWORLD", new EndpointSettings("https://p.example/", List.of(
                "org.hamkori.groups.GroupFormed.v1"), "KHATLON", "KHATLON.FARKHOR", null), new SealedSecret(new byte[0]), NOW);
        String formed = "org.hamkori.groups.GroupFormed.v1";
        assertTrue(endpoint.accepts(formed, Map.of("regionCode", "KHATLON", "districtCode", "KHATLON.FARKHOR")));
        assertFalse(endpoint.accepts(formed, Map.of("regionCode", "SUGHD", "districtCode", "SUGHD.ISFARA")));
        assertTrue(endpoint.accepts(formed, Map.of()));
        assertFalse(endpoint.accepts("org.hamkori.centers.CenterOpened.v1", Map.of()));
    }
}
