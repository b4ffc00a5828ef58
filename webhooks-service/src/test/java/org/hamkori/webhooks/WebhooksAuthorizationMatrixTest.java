package org.hamkori.webhooks;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hamkori.contract.groups.GroupFormed;
import org.hamkori.testkit.AuthorizationMatrix;
import org.hamkori.testkit.Eventually;
import org.hamkori.testkit.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * SPEC §12 at the level of roles: endpoints are for admin and partners, nobody else. The partner column is a token
 * without a {@code partner_code} claim: it gets past the role check, so a body that fails validation is a 400 ("yes"),
 * but it manages no endpoint, so every operation on endpoints is then refused (403, "no"). What a partner with a
 * claim may do, with its own endpoints and another's, is {@link PartnerEndpointsTest}.
 */
@QuarkusTest
class WebhooksAuthorizationMatrixTest {

    static final AuthorizationMatrix MATRIX = AuthorizationMatrix.of(List.of(),
            // operation                                                 admin coordinator trainer analyst partner anonymous
            "GET  /webhooks/event-types                                | yes   no          no      no      yes     no",
            "GET  /webhooks/endpoints                                  | yes   no          no      no      no      no",
            "POST /webhooks/endpoints                                  | yes   no          no      no      yes     no",
            "GET  /webhooks/endpoints/{endpoint}                       | yes   no          no      no      no      no",
            "PUT  /webhooks/endpoints/{endpoint}                       | yes   no          no      no      yes     no",
            "POST /webhooks/endpoints/{endpoint}/test                  | yes   no          no      no      no      no",
            "POST /webhooks/endpoints/{endpoint}/secret/rotation       | yes   no          no      no      no      no",
            "GET  /webhooks/endpoints/{endpoint}/deliveries            | yes   no          no      no      no      no",
            "POST /webhooks/endpoints/{endpoint}/deliveries/{delivery}/redelivery | yes no no  no      no      no",
            "POST /webhooks/endpoints/{endpoint}/recovery              | yes   no          no      no      yes     no",
            // last of its own operations: admin deletes the fixture (the kit's, added after them, do not use it)
            "DELETE /webhooks/endpoints/{endpoint}                     | yes   no          no      no      no      no")
            .withKitOperations(AuthorizationMatrix.KitOperations.WITH_DEAD_LETTERS);

    @Test
    void everyRoleReachesExactlyWhatTheSpecificationGivesIt() {
        try (Receiver receiver = new Receiver()) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver);
            // no delivery or dead letter has this id: a redelivery or re-drive reaches authorization and answers 404
            MATRIX.walk(Map.of("endpoint", endpoint.id(), "delivery", WebhooksApi.uuid().toString(),
                    "deadLetter", "0"));
        }
    }

    @Test
    void everyWriteOperationLeavesAnAuditEntry() {
        try (Receiver receiver = new Receiver(); TestEvents events = new TestEvents()) {
            MATRIX.walkWritesAudited("admin", () -> endpointWithADelivery(receiver, events), writeRequests(receiver));
        } finally {
            // the walk's endpoints would retry their deliveries to the closed receiver in later tests
            WebhooksApi.deleteAllEndpoints();
        }
    }

    /** A fresh endpoint of {@code receiver} and a delivery in its log. */
    private static Map<String, String> endpointWithADelivery(Receiver receiver, TestEvents events) {
        WebhooksApi.Registered endpoint = WebhooksApi.register(receiver, WebhooksApi.GROUP_FORMED);
        UUID ceId = events.send(new GroupFormed(UUID.randomUUID(), UUID.randomUUID(), "KHATLON", "KHATLON.FARKHOR",
                LocalDate.parse("2021-06-21"), "SAFERWORLD"), 1);
        Map<String, Object> delivery = Eventually.value("the event is in the endpoint's log", Duration.ofSeconds(60),
                () -> WebhooksApi.deliveries(endpoint.id(), "").stream()
                        .filter(d -> ceId.toString().equals(d.get("eventId"))).findFirst(),
                Optional::isPresent).orElseThrow();
        return Map.of("endpoint", endpoint.id(), "delivery", (String) delivery.get("id"), "deadLetter", "0");
    }

    private static AuthorizationMatrix.WriteRequests writeRequests(Receiver receiver) {
        Instant now = Instant.now();
        return new AuthorizationMatrix.WriteRequests()
                .with("POST /webhooks/endpoints", f -> Map.of("url", receiver.url(), "description", "audited"))
                .with("PUT  /webhooks/endpoints/{endpoint}", f -> Map.of("url", receiver.url(),
                        "eventTypes", List.of(WebhooksApi.GROUP_FORMED), "description", "changed", "enabled", false))
                .with("POST /webhooks/endpoints/{endpoint}/secret/rotation", f -> "")
                .with("POST /webhooks/endpoints/{endpoint}/deliveries/{delivery}/redelivery", f -> "")
                .with("POST /webhooks/endpoints/{endpoint}/recovery", f -> Map.of(
                        "since", now.minus(Duration.ofHours(1)).toString(), "until", now.plusSeconds(60).toString()))
                .with("DELETE /webhooks/endpoints/{endpoint}", f -> "")
                .notAudited("POST /webhooks/endpoints/{endpoint}/test", "a ping changes no endpoint")
                .notAudited("POST /admin/dead-letters/{deadLetter}/redrive", "a re-drive changes no endpoint: the"
                        + " deliveries it queues are the fan-out's, as on the live path");
    }
}
