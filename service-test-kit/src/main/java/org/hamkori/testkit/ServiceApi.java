package org.hamkori.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What every service's test driver ({@code CentersApi}, {@code TrainingApi}, …) starts from, and the checks of the
 * HTTP behaviours every service shares: a driver extends it, so that its tests call
 * {@code CentersApi.as("coordinator")} as they call the driver's own steps.
 */
public abstract class ServiceApi {

    protected ServiceApi() {
    }

    /** A JSON request with the development token of {@code role}. */
    public static RequestSpecification as(String role) {
        return given().contentType(ContentType.JSON).auth().oauth2(DevTokens.token(role));
    }

    /** A code no other test uses, such as a centre's or a course's: {@code T-} and eight hexadecimal capitals. */
    public static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A request body with one field set: {@code with(qubodiyonCenter(), "settlement", "Qubo\u0000diyon")}. */
    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    /** A 400 problem whose first error is on {@code field} and its message names {@code named}, e.g. what is valid. */
    public static ResponseSpecification badRequestNaming(String field, String named) {
        return new ResponseSpecBuilder().expectStatusCode(400).expectContentType("application/problem+json")
                .expectBody("errors[0].field", equalTo(field))
                .expectBody("errors[0].message", containsString(named))
                .build();
    }

    /**
     * Sends one create twice as {@code role} with Idempotency-Key {@code key}: both answer 201 with the same resource,
     * the second's Location ending with its id; returns that id.
     */
    public static String createdTwiceWithOneKey(String role, String key, Object body, String path,
            Object... pathParameters) {
        String first = as(role).header("Idempotency-Key", key).body(body).post(path, pathParameters).then()
                .statusCode(201).extract().path("id");
        as(role).header("Idempotency-Key", key).body(body).post(path, pathParameters).then()
                .statusCode(201).header("Location", endsWith(first)).body("id", equalTo(first));
        return first;
    }

    /** The same Idempotency-Key with another body, as {@code role}: a 422 problem, and nothing created. */
    public static void assertKeyReuseRefused(String role, String key, Object body, String path,
            Object... pathParameters) {
        as(role).header("Idempotency-Key", key).body(body).post(path, pathParameters).then()
                .statusCode(422).contentType("application/problem+json");
    }

    /** The resource just created at {@code path} ({@code /centers/{id}}) reads as {@code role}: version 0, its name. */
    public static void assertReadsAsCreated(String role, String path, String id, Object name) {
        as(role).get(path, id).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("name", equalTo(name));
    }

    /** The list at {@code path} (with its query), read as {@code role}, holds exactly {@code ids}, in that order. */
    public static void assertListsExactly(String role, List<String> ids, String path, Object... pathParameters) {
        as(role).get(path, pathParameters).then().statusCode(200).body("items.id", equalTo(ids));
    }

    /**
     * Each query, read as {@code role}, is a bad request whose errors name its parameter; given in pairs, a path with
     * its query string and the parameter: {@code "/centers?size=501", "size", …}.
     */
    public static void assertBadQueriesNamed(String role, String... queriesAndParameters) {
        for (int i = 0; i < inPairs(queriesAndParameters); i += 2) {
            as(role).get(queriesAndParameters[i]).then()
                    .statusCode(400).body("errors.field", hasItem(queriesAndParameters[i + 1]));
        }
    }

    /**
     * Each path or query, sent as written ({@code %00} reaches the service as a NUL), read as {@code role}, is a bad
     * request whose first error names its parameter; in pairs as for {@link #assertBadQueriesNamed}.
     */
    public static void assertRawQueriesNamed(String role, String... queriesAndParameters) {
        for (int i = 0; i < inPairs(queriesAndParameters); i += 2) {
            as(role).urlEncodingEnabled(false).get(queriesAndParameters[i]).then()
                    .statusCode(400).body("errors[0].field", equalTo(queriesAndParameters[i + 1]));
        }
    }

    private static int inPairs(String[] queriesAndParameters) {
        if (queriesAndParameters.length % 2 != 0) {
            throw new IllegalArgumentException("queries and the parameters they name, in pairs");
        }
        return queriesAndParameters.length;
    }
}
