package org.hamkori.kit.sample;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hamkori.testkit.DevTokens;

/** Test driver of the test service's HTTP API. */
public final class SampleApi {

    private SampleApi() {
    }

    public static RequestSpecification as(String role) {
        return given().contentType(ContentType.JSON).auth().oauth2(DevTokens.token(role));
    }

    /** A valid registration of a parcel with a code of its own, open for tweaking per test. */
    public static Map<String, Object> parcel() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        body.put("label", "Leaflets for the Qubodiyon centre");
        body.put("weightGrams", 1200);
        return body;
    }

    public static Response register(Map<String, Object> body) {
        return as("coordinator").body(body).post("/parcels");
    }

    /** Relabels the parcel as a client that read it at {@code version}. */
    public static Response relabel(UUID parcel, long version, String label) {
        return as("coordinator").header("If-Match", "\"" + version + "\"").body(Map.of("label", label))
                .put("/parcels/{id}/label", parcel);
    }

    /** The id of a newly registered parcel. */
    public static UUID registeredParcel() {
        return UUID.fromString(register(parcel()).then().statusCode(201).extract().path("id"));
    }
}
