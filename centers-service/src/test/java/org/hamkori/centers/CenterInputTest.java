package org.hamkori.centers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamkori.centers.CentersApi.as;
import static org.hamkori.centers.CentersApi.openCenter;
import static org.hamkori.centers.CentersApi.qubodiyonCenter;
import static org.hamkori.centers.CentersApi.register;
import static org.hamkori.centers.CentersApi.registerCenter;
import static org.hamkori.centers.CentersApi.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.testkit.ContractAssertions;
import org.hamkori.testkit.PublishedEvents;
import org.hamkori.testkit.PublishedEvents.Published;
import org.junit.jupiter.api.Test;

/** Hostile or inconsistent input is a 4xx problem that names what is wrong, never a 5xx. */
@QuarkusTest
class CenterInputTest {

    @Test
    void aNulInTheSettlementIsABadRequestNamingTheField() {
        register(with(qubodiyonCenter(), "settlement", "Qubo\u0000diyon")).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://hamkori.org/problems/validation"))
                .body("errors[0].field", equalTo("settlement"))
                .body("errors[0].message", containsString("control characters"));
    }

    @Test
    void aNulInTheClosureNoteIsABadRequestNamingTheNote() {
        String id = openCenter();
        as("coordinator").body(Map.of("closedOn", "2024-01-10", "reasonCode", "MERGED", "note", "Merged\u0000"))
                .post("/centers/{id}/closure", id).then().statusCode(400).body("errors[0].field", equalTo("note"));
        as("analyst").get("/centers/{id}", id).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void datesOutsideTheProgrammeAreBadRequestsNamingTheField() {
        String id = registerCenter();
        for (String far : List.of("+9999999-12-31", "0001-01-01", "1990-12-31")) {
            as("coordinator").body(Map.of("openedOn", far)).post("/centers/{id}/opening", id).then()
                    .statusCode(400).body("errors[0].field", equalTo("openedOn"))
                    .body("errors[0].message", containsString("1991-01-01"));
        }
        as("analyst").get("/centers/{id}", id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void aControlCharacterInAPathOrQueryValueIsABadRequestNamingTheParameter() {
        CentersApi.assertRawQueriesNamed("analyst", "/centers/%00", "id",
                "/centers?districtCode=A%00B", "districtCode");
    }

    @Test
    void aPageWhoseFirstRowTheDatabaseCannotReachIsABadRequest() {
        as("analyst").get("/centers?page=42949673").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        as("analyst").get("/centers?page=42949671&size=50").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aClosureCannotPrecedeTheLastTransition() {
        String id = openCenter();
        as("coordinator").body(Map.of("startedOn", "2022-03-01")).post("/centers/{id}/renovation", id).then()
                .statusCode(200);
        as("coordinator").body(Map.of("closedOn", "2022-01-10", "reasonCode", "MERGED"))
                .post("/centers/{id}/closure", id).then().statusCode(409).body("detail", containsString("2022-03-01"));
    }

    @Test
    void aPutWithTheSameDetailsKeepsTheVersionAndPublishesNothing() {
        Map<String, Object> details = qubodiyonCenter();
        String id = register(details).then().statusCode(201).extract().path("id");

        as("coordinator").header("If-Match", "\"0\"").body(details).put("/centers/{id}", id).then()
                .statusCode(200).header("ETag", "\"0\"");
        details.put("workplaces", 9);
        as("coordinator").header("If-Match", "\"0\"").body(details).put("/centers/{id}", id).then()
                .statusCode(200).header("ETag", "\"1\"");

        List<Published> records = PublishedEvents.awaitByKey("centers.events", UUID.fromString(id), 2);
        assertEquals(List.of("org.hamkori.centers.CenterRegistered.v1", "org.hamkori.centers.CenterDetailsChanged.v1"),
                records.stream().map(r -> r.header("ce_type")).toList());
        assertEquals(List.of(0L, 1L), records.stream().map(ContractAssertions::sequence).toList());
    }
}
