package org.hamkori.centers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamkori.centers.CentersApi.as;
import static org.hamkori.centers.CentersApi.badRequestNaming;
import static org.hamkori.centers.CentersApi.closedCenter;
import static org.hamkori.centers.CentersApi.openCenter;
import static org.hamkori.centers.CentersApi.qubodiyonCenter;
import static org.hamkori.centers.CentersApi.register;
import static org.hamkori.centers.CentersApi.registerCenter;
import static org.hamkori.centers.CentersApi.with;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CenterLifecycleTest {

    /** Within the programme's dates, but in the future. */
    private static final String TOMORROW = java.time.LocalDate.now().plusDays(1).toString();

    @Test
    void registeringACenterAnswersCreatedWithLocationAndAPlannedCenter() {
        Map<String, Object> body = qubodiyonCenter();
        String id = register(body).then()
                .statusCode(201)
                .contentType("application/json")
                .header("Location", containsString("/centers/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("PLANNED"))
                .body("code", equalTo(body.get("code")))
                .body("regionCode", equalTo("KHATLON"))
                .body("districtCode", equalTo("KHATLON.QUBODIYON"))
                .body("fundingPartners", equalTo(List.of("US_EMBASSY", "MVD")))
                .body("openedOn", nullValue())
                .extract().path("id");

        CentersApi.assertReadsAsCreated("analyst", "/centers/{id}", id, body.get("name"));
    }

    @Test
    void aCenterGoesThroughOpeningRenovationAndClosure() {
        String id = registerCenter();
        as("coordinator").header("If-Match", "\"0\"").body(Map.of("openedOn", "2021-06-21"))
                .post("/centers/{id}/opening", id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("OPEN")).body("openedOn", equalTo("2021-06-21"));
        as("coordinator").body(Map.of("startedOn", "2022-03-01")).post("/centers/{id}/renovation", id).then()
                .statusCode(200).body("status", equalTo("UNDER_RENOVATION")).body("version", equalTo(2));
        as("coordinator").body(Map.of("completedOn", "2022-09-15", "fundingPartners", List.of("SAFERWORLD")))
                .post("/centers/{id}/renovation/completion", id).then()
                .statusCode(200).body("status", equalTo("OPEN"))
                .body("fundingPartners", hasItems("US_EMBASSY", "MVD", "SAFERWORLD"));
        as("coordinator").body(Map.of("closedOn", "2024-01-10", "reasonCode", "MERGED",
                        "note", "Merged with the district centre"))
                .post("/centers/{id}/closure", id).then()
                .statusCode(200).body("status", equalTo("CLOSED")).body("closedOn", equalTo("2024-01-10"))
                .body("closureReason", equalTo("MERGED")).body("closureNote", equalTo("Merged with the district centre"))
                .body("version", equalTo(4));
    }

    @Test
    void onlyTheRolesThatReadPersonalDataReadAClosuresNote() {
        String id = closedCenter();
        as("coordinator").get("/centers/{id}", id).then()
                .body("closureNote", equalTo("Merged after a meeting with deputy Rahimov"));
        for (String role : List.of("analyst", "trainer")) {
            as(role).get("/centers/{id}", id).then().statusCode(200)
                    .body("closureReason", equalTo("MERGED")).body("closureNote", nullValue());
            as(role).queryParam("status", "CLOSED").queryParam("size", 500).get("/centers").then().statusCode(200)
                    .body("items.closureNote", everyItem(nullValue()));
        }
    }

    @Test
    void aClosureNeedsNoNote() {
        String id = openCenter();
        as("coordinator").body(Map.of("closedOn", "2024-01-10", "reasonCode", "NO_FUNDING"))
                .post("/centers/{id}/closure", id).then()
                .statusCode(200).body("closureReason", equalTo("NO_FUNDING")).body("closureNote", nullValue());
    }

    @Test
    void aClosureInTheFormerShapeIsForReasonOtherWithItsTextAsTheNote() {
        String id = openCenter();
        as("coordinator").body(Map.of("closedOn", "2024-01-10", "reason", "  Merged with the district centre "))
                .post("/centers/{id}/closure", id).then()
                .statusCode(200).body("status", equalTo("CLOSED"))
                .body("closureReason", equalTo("OTHER")).body("closureNote", equalTo("Merged with the district centre"));
    }

    @Test
    void aClosureWithAnUnknownReasonCodeIsABadRequest() {
        String id = openCenter();
        as("coordinator").body(Map.of("closedOn", "2024-01-10", "reasonCode", "FLOODED"))
                .post("/centers/{id}/closure", id).then().spec(badRequestNaming("reasonCode", "BUILDING_UNSAFE"));
        as("analyst").get("/centers/{id}", id).then().body("status", equalTo("OPEN"));
    }

    @Test
    void aClosureWithoutAReasonCodeOrFormerReasonIsABadRequest() {
        String id = openCenter();
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of("closedOn", "2024-01-10"),
                Map.of("closedOn", "2024-01-10", "note", "No code given"),
                Map.of("closedOn", "2024-01-10", "reason", " "))) {
            as("coordinator").body(body).post("/centers/{id}/closure", id).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("reasonCode"));
        }
        as("analyst").get("/centers/{id}", id).then().body("status", equalTo("OPEN"));
    }

    @Test
    void aClosureGivingBothANoteAndTheFormerReasonIsABadRequest() {
        String id = openCenter();
        as("coordinator").body(Map.of("closedOn", "2024-01-10", "reasonCode", "MERGED", "note", "Merged",
                        "reason", "Merged too"))
                .post("/centers/{id}/closure", id).then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        as("analyst").get("/centers/{id}", id).then().body("status", equalTo("OPEN"));
    }

    @Test
    void openingAClosedCenterIsAConflict() {
        String id = openCenter();
        as("coordinator").body(Map.of("closedOn", "2023-01-01", "reasonCode", "BUILDING_UNSAFE"))
                .post("/centers/{id}/closure", id).then().statusCode(200);

        as("coordinator").body(Map.of("openedOn", "2023-02-01")).post("/centers/{id}/opening", id).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("title", equalTo("Conflict with the current state"))
                .body("detail", containsString("CLOSED"));
        as("coordinator").get("/centers/{id}", id).then().body("status", equalTo("CLOSED")).body("version", equalTo(2));
    }

    @Test
    void renovatingAPlannedCenterOrCompletingWithoutRenovationIsAConflict() {
        String id = registerCenter();
        as("coordinator").body(Map.of("startedOn", "2022-03-01")).post("/centers/{id}/renovation", id)
                .then().statusCode(409);
        String open = openCenter();
        as("coordinator").body(Map.of("completedOn", "2022-03-01")).post("/centers/{id}/renovation/completion", open)
                .then().statusCode(409);
        as("coordinator").body(Map.of("openedOn", "2022-03-01")).post("/centers/{id}/opening", open)
                .then().statusCode(409);
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailureAndChangesNothing() {
        String id = openCenter();
        Map<String, Object> changed = qubodiyonCenter();
        changed.put("name", "Renamed centre");
        as("coordinator").header("If-Match", "\"0\"").body(changed).put("/centers/{id}", id).then()
                .statusCode(412).contentType("application/problem+json").body("status", equalTo(412));
        as("coordinator").header("If-Match", "\"0\"").body(Map.of("startedOn", "2022-01-01"))
                .post("/centers/{id}/renovation", id).then().statusCode(412);

        as("coordinator").header("If-Match", "\"1\"").body(changed).put("/centers/{id}", id).then()
                .statusCode(200).header("ETag", "\"2\"").body("name", equalTo("Renamed centre"))
                .body("status", equalTo("OPEN"));
    }

    @Test
    void changingDetailsMovesTheCenterToAnotherDistrictAndRegion() {
        String id = registerCenter();
        Map<String, Object> changed = qubodiyonCenter();
        changed.put("districtCode", "SUGHD.ISFARA");
        changed.put("latitude", 40.1265);
        changed.put("longitude", 70.6253);
        as("coordinator").body(changed).put("/centers/{id}", id).then()
                .statusCode(200).body("regionCode", equalTo("SUGHD")).body("districtCode", equalTo("SUGHD.ISFARA"));
    }

    @Test
    void anUnknownCenterIsNotFound() {
        as("coordinator").get("/centers/{id}", "7b0e7a4e-2f1c-4d53-9a77-5b0cbb1d2c11").then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        as("coordinator").get("/centers/not-a-uuid").then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Not found")).body("detail", equalTo("Centre not-a-uuid does not exist"));
        as("coordinator").body(Map.of("openedOn", "2021-06-21")).post("/centers/not-a-uuid/opening").then()
                .statusCode(404).body("detail", equalTo("Centre not-a-uuid does not exist"));
        as("coordinator").body(Map.of("openedOn", "2021-06-21"))
                .post("/centers/{id}/opening", "7b0e7a4e-2f1c-4d53-9a77-5b0cbb1d2c11").then().statusCode(404);
    }

    @Test
    void anUnknownDistrictIsABadRequestNamingTheField() {
        Map<String, Object> body = qubodiyonCenter();
        body.put("districtCode", "KHATLON.ATLANTIS");
        register(body).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", hasItem("districtCode"));
    }

    @Test
    void aRegionThatDoesNotMatchTheDistrictIsABadRequest() {
        Map<String, Object> body = with(qubodiyonCenter(), "regionCode", "SUGHD");
        register(body).then().statusCode(400).body("errors.field", hasItem("regionCode"));
        body.put("regionCode", "KHATLON");
        register(body).then().statusCode(201).body("regionCode", equalTo("KHATLON"));
    }

    @Test
    void invalidFieldsAreAllListed() {
        Map<String, Object> body = qubodiyonCenter();
        body.put("latitude", 51.5);
        body.put("longitude", 10.0);
        body.put("fundingPartners", List.of("us embassy"));
        body.put("workplaces", -1);
        body.remove("name");
        register(body).then()
                .statusCode(400)
                .body("errors.field", hasItems("latitude", "longitude", "fundingPartners[0]", "workplaces", "name"));
    }

    @Test
    void unreadableBodiesAreBadRequests() {
        as("coordinator").body("{\"code\": ").post("/centers").then()
                .statusCode(400).contentType("application/problem+json");
        Map<String, Object> body = qubodiyonCenter();
        body.put("constructionType", "PALACE");
        register(body).then().statusCode(400).body("errors.field", hasItem("constructionType"));
        as("coordinator").body(Map.of("openedOn", "21/06/2021"))
                .post("/centers/{id}/opening", registerCenter()).then()
                .statusCode(400).body("errors.field", hasItem("openedOn"));
        as("coordinator").post("/centers").then().statusCode(400);
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        Map<String, Object> body = qubodiyonCenter();
        register(body).then().statusCode(201);
        register(body).then().statusCode(409).body("detail", containsString((String) body.get("code")));
    }

    @Test
    void anOpeningInTheFutureIsABadRequest() {
        as("coordinator").body(Map.of("openedOn", TOMORROW)).post("/centers/{id}/opening", registerCenter())
                .then().statusCode(400).body("errors.field", hasItem("openedOn"));
    }

    @Test
    void withoutATokenTheApiIsUnauthorized() {
        given().get("/centers").then()
                .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2("not-a-jwt").get("/centers").then().statusCode(401);
    }

    @Test
    void onlyCoordinatorsAndAdminsChangeCenters() {
        as("analyst").body(qubodiyonCenter()).post("/centers").then()
                .statusCode(403).contentType("application/problem+json");
        as("trainer").body(Map.of("openedOn", "2021-06-21")).post("/centers/{id}/opening", registerCenter())
                .then().statusCode(403);
        as("admin").body(qubodiyonCenter()).post("/centers").then().statusCode(201);
    }

    @Test
    void retryingACreateWithTheSameIdempotencyKeyReturnsTheFirstCenter() {
        Map<String, Object> body = qubodiyonCenter();
        String key = "retry-" + body.get("code");
        CentersApi.createdTwiceWithOneKey("coordinator", key, body, "/centers");
        as("coordinator").get("/centers?districtCode=KHATLON.QUBODIYON&size=500").then()
                .body("items.findAll { it.code == '" + body.get("code") + "' }.size()", equalTo(1));

        CentersApi.assertKeyReuseRefused("coordinator", key, with(body, "name", "Another body"), "/centers");
    }

    @Test
    void listsArePagedAndFiltered() {
        String planned = registerCenter();
        String open = openCenter();
        as("analyst").get("/centers?status=OPEN&districtCode=KHATLON.QUBODIYON&size=500").then()
                .statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(500))
                .body("items.id", hasItem(open))
                .body("items.status.unique()", equalTo(List.of("OPEN")))
                .body("items.id", org.hamcrest.Matchers.not(hasItem(planned)));
        as("analyst").get("/centers?regionCode=KHATLON&page=0&size=1").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("size", equalTo(1))
                .body("totalItems", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
    }

    @Test
    void badListParametersAreBadRequests() {
        CentersApi.assertBadQueriesNamed("analyst", "/centers?size=501", "size", "/centers?status=DEMOLISHED", "status",
                "/centers?districtCode=NOWHERE", "districtCode");
        as("analyst").get("/centers?page=-1&size=x").then().statusCode(400)
                .body("errors.field", hasItems("page", "size"));
    }
}
