package org.hamkori.webhooks;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.hamkori.testkit.AuthorizationMatrix;
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
            "GET  /admin/outbox/parked                                 | yes   no          no      no      no      no",
            "GET  /admin/status                                        | yes   no          no      no      no      no",
            "GET  /reference/regions                                   | yes   yes         yes     yes     yes     yes",
            "GET  /reference/districts                                 | yes   yes         yes     yes     yes     yes",
            // last: admin deletes the fixture
            "DELETE /webhooks/endpoints/{endpoint}                     | yes   no          no      no      no      no");

    @Test
    void everyRoleReachesExactlyWhatTheSpecificationGivesIt() {
        try (Receiver receiver = new Receiver()) {
            WebhooksApi.Registered endpoint = WebhooksApi.register(receiver);
            // no delivery has this id: a redelivery reaches authorization and answers 404
            MATRIX.walk(Map.of("endpoint", endpoint.id(), "delivery", WebhooksApi.uuid().toString()));
        }
    }
}
