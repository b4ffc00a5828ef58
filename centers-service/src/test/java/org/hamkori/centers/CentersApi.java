package org.hamkori.centers;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.testkit.DevTokens;

/** Test driver of centers-service's HTTP API. */
final class CentersApi {

    private CentersApi() {
    }

    static RequestSpecification as(String role) {
        return given().contentType(ContentType.JSON).auth().oauth2(DevTokens.token(role));
    }

    static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A valid registration of a new-build centre in Qubodiyon, open for tweaking per test. */
    static Map<String, Object> qubodiyonCenter() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", uniqueCode());
        body.put("name", "Qubodiyon police–public interaction centre");
        body.put("districtCode", "KHATLON.QUBODIYON");
        body.put("settlement", "Qubodiyon");
        body.put("address", "1 Somoni street");
        body.put("latitude", 37.3372);
        body.put("longitude", 68.1669);
        body.put("constructionType", "NEW_BUILD");
        body.put("fundingPartners", List.of("US_EMBASSY", "MVD"));
        body.put("workplaces", 6);
        return body;
    }

    static Response register(Map<String, Object> body) {
        return as("coordinator").body(body).post("/centers");
    }

    static String registerCenter() {
        return register(qubodiyonCenter()).then().statusCode(201).extract().path("id");
    }

    static String openCenter() {
        String id = registerCenter();
        as("coordinator").body(Map.of("openedOn", "2021-06-21")).post("/centers/{id}/opening", id)
                .then().statusCode(200);
        return id;
    }

    /** A closed centre whose closure's note names a person. */
    static String closedCenter() {
        String id = openCenter();
        as("coordinator").body(Map.of("closedOn", "2024-01-10", "reasonCode", "MERGED",
                        "note", "Merged after a meeting with deputy Rahimov"))
                .post("/centers/{id}/closure", id).then().statusCode(200);
        return id;
    }
}
