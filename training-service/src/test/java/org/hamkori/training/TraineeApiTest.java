package org.hamkori.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamkori.training.TrainingApi.as;
import static org.hamkori.training.TrainingApi.assertListsExactly;
import static org.hamkori.training.TrainingApi.registerTrainee;
import static org.hamkori.training.TrainingApi.trainee;
import static org.hamkori.training.TrainingApi.with;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TraineeApiTest {

    @Test
    void registeringATraineeAnswersCreatedWithTheirPersonalDataForTrainers() {
        Map<String, Object> body = with(trainee(), "regionCode", "KHATLON");
        String id = as("trainer").body(body).post("/trainees").then()
                .statusCode(201)
                .header("Location", containsString("/trainees/"))
                .header("ETag", "\"0\"")
                .body("fullName", equalTo(body.get("fullName")))
                .body("birthYear", equalTo(1990))
                .body("phone", equalTo(body.get("phone")))
                .body("category", equalTo("CITIZEN"))
                .body("regionCode", equalTo("KHATLON"))
                .extract().path("id");

        as("admin").get("/trainees/{id}", id).then()
                .statusCode(200).header("ETag", "\"0\"").body("fullName", equalTo(body.get("fullName")));
    }

    @Test
    void personalDataIsForTrainersAndAdminsOnly() {
        String id = registerTrainee();
        for (String role : List.of("analyst", "coordinator", "partner")) {
            as(role).get("/trainees/{id}", id).then().statusCode(403).contentType("application/problem+json");
            as(role).get("/trainees").then().statusCode(403);
            as(role).body(trainee()).post("/trainees").then().statusCode(403);
        }
        given().get("/trainees/{id}", id).then().statusCode(401);
    }

    @Test
    void searchingRahimzodaFindsATraineeNamedInCyrillic() {
        TraineeImportTest.Surname marker = TraineeImportTest.Surname.unique();
        Map<String, Object> body = trainee();
        body.put("fullName", "Малика Раҳимзода " + marker.cyrillic());
        String malika = registerTrainee(body);

        for (String spelling : List.of("Rahimzoda " + marker.latin(), "RAKHIMZODA " + marker.latin(),
                "Рахимзода " + marker.cyrillic(), marker.latin().toLowerCase())) {
            as("trainer").get("/trainees?name={n}", spelling).then()
                    .statusCode(200).body("items.id", equalTo(List.of(malika)));
        }
    }

    @Test
    void staffFindTraineesByAFragmentOfTheirNameInAnyCase() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> cyrillic = trainee();
        cyrillic.put("fullName", "Зарина Саидова " + marker);
        cyrillic.put("category", "POLICE_OFFICER");
        String zarina = registerTrainee(cyrillic);
        Map<String, Object> latin = trainee();
        latin.put("fullName", "Rustam Saidov " + marker);
        latin.put("sex", "MALE");
        latin.put("districtCode", "SUGHD.ISFARA");
        String rustam = registerTrainee(latin);

        assertListsExactly("trainer", List.of(zarina), "/trainees?name={n}", "саидова " + marker);
        as("trainer").get("/trainees?name={n}", marker.toUpperCase()).then()
                .body("items.id", hasItems(zarina, rustam)).body("totalItems", equalTo(2));
        assertListsExactly("trainer", List.of(rustam), "/trainees?name={n}&sex=MALE", marker);
        assertListsExactly("trainer", List.of(zarina), "/trainees?name={n}&category=POLICE_OFFICER", marker);
        assertListsExactly("trainer", List.of(rustam), "/trainees?name={n}&regionCode=SUGHD", marker);
        assertListsExactly("trainer", List.of(zarina), "/trainees?name={n}&districtCode=KHATLON.QUBODIYON", marker);
        as("trainer").queryParam("name", "%").get("/trainees").then().statusCode(400)
                .body("errors.field", hasItem("name"));
        as("trainer").get("/trainees?name={n}", "%_" + marker).then().body("items.id", not(hasItem(zarina)));
    }

    @Test
    void badListParametersAreBadRequests() {
        TrainingApi.assertBadQueriesNamed("trainer", "/trainees?size=0", "size", "/trainees?sex=OTHER", "sex",
                "/trainees?category=STUDENT", "category", "/trainees?districtCode=NOWHERE", "districtCode");
    }

    @Test
    void birthYearsMustBePlausible() {
        int thisYear = Year.now().getValue();
        for (int implausible : List.of(1899, thisYear + 1)) {
            Map<String, Object> body = trainee();
            body.put("birthYear", implausible);
            as("trainer").body(body).post("/trainees").then().statusCode(400).body("errors.field", hasItem("birthYear"));
        }
        for (int plausible : List.of(1900, thisYear)) {
            Map<String, Object> body = trainee();
            body.put("birthYear", plausible);
            as("trainer").body(body).post("/trainees").then().statusCode(201).body("birthYear", equalTo(plausible));
        }
    }

    @Test
    void invalidTraineesAreBadRequestsNamingEveryField() {
        Map<String, Object> body = trainee();
        body.remove("fullName");
        body.put("sex", "OTHER");
        as("trainer").body(body).post("/trainees").then().statusCode(400).body("errors.field", hasItem("sex"));
        body.put("sex", "MALE");
        body.put("phone", "call me");
        body.remove("birthYear");
        body.remove("category");
        body.remove("districtCode");
        as("trainer").body(body).post("/trainees").then().statusCode(400)
                .body("errors.field", hasItems("fullName", "phone", "birthYear", "category", "districtCode"));
        body = trainee();
        body.put("districtCode", "KHATLON.ATLANTIS");
        as("trainer").body(body).post("/trainees").then().statusCode(400).body("errors.field", hasItem("districtCode"));
    }

    @Test
    void anUnknownTraineeIsNotFound() {
        as("trainer").get("/trainees/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as("trainer").get("/trainees/nobody").then().statusCode(404);
    }

    @Test
    void retryingARegistrationWithTheSameIdempotencyKeyReturnsTheFirstTrainee() {
        Map<String, Object> body = trainee();
        String key = "retry-" + body.get("fullName");
        TrainingApi.createdTwiceWithOneKey("trainer", key, body, "/trainees");
        as("trainer").get("/trainees?name={n}", body.get("fullName")).then().body("totalItems", equalTo(1));
        TrainingApi.assertKeyReuseRefused("trainer", key, with(body, "birthYear", 1991), "/trainees");
    }
}
