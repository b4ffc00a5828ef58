package org.hamkori.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.Test;

/** A partner manages the endpoints of its own partner_code, and only those; admin manages all (SPEC §12). */
@QuarkusTest
class PartnerEndpointsTest {

    @Test
    void aPartnerManagesItsOwnEndpointsAndCannotSeeAnotherPartners() {
        try (Receiver receiver = new Receiver()) {
            String saferworld = PartnerTokens.partner("SAFERWORLD");
            String embassy = PartnerTokens.partner("US_EMBASSY");
            String id = given().auth().oauth2(saferworld).contentType("application/json")
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of(WebhooksApi.GROUP_FORMED)))
                    .post("/webhooks/endpoints").then().statusCode(201)
                    .body("partnerCode", equalTo("SAFERWORLD")).body("secret", containsString("whsec_"))
                    .extract().path("id");

            given().auth().oauth2(saferworld).get("/webhooks/endpoints/" + id).then().statusCode(200)
                    .body("secret", nullValue());
            given().auth().oauth2(saferworld).get("/webhooks/endpoints?size=500").then().statusCode(200)
                    .body("items.id", hasItem(id));
            given().auth().oauth2(embassy).get("/webhooks/endpoints/" + id).then().statusCode(404);
            given().auth().oauth2(embassy).get("/webhooks/endpoints?size=500").then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            given().auth().oauth2(embassy).post("/webhooks/endpoints/" + id + "/secret/rotation").then()
                    .statusCode(404);
            given().auth().oauth2(embassy).get("/webhooks/endpoints/" + id + "/deliveries").then().statusCode(404);
            given().auth().oauth2(embassy).delete("/webhooks/endpoints/" + id).then().statusCode(404);
            given().auth().oauth2(DevTokens.token("admin")).get("/webhooks/endpoints/" + id).then().statusCode(200)
                    .body("partnerCode", equalTo("SAFERWORLD"));
            given().auth().oauth2(saferworld).delete("/webhooks/endpoints/" + id).then().statusCode(204);
        }
    }

    @Test
    void aPartnerTokenWithoutPartnerCodeMayNotCreateEndpoints() {
        try (Receiver receiver = new Receiver()) {
            given().auth().oauth2(DevTokens.token("partner")).contentType("application/json")
                    .body(Map.of("url", receiver.url())).post("/webhooks/endpoints").then()
                    .statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("partner_code"));
        }
    }

    @Test
    void aPartnerMayNotRegisterAnEndpointForAnotherOrganisation() {
        try (Receiver receiver = new Receiver()) {
            given().auth().oauth2(PartnerTokens.partner("SAFERWORLD")).contentType("application/json")
                    .body(Map.of("url", receiver.url(), "partnerCode", "US_EMBASSY")).post("/webhooks/endpoints")
                    .then().statusCode(403).body("detail", containsString("US_EMBASSY"));
        }
    }

    @Test
    void otherRolesHaveNoEndpoints() {
        for (String role : List.of("analyst", "coordinator", "trainer")) {
            given().auth().oauth2(DevTokens.token(role)).get("/webhooks/endpoints").then().statusCode(403);
        }
    }
}
