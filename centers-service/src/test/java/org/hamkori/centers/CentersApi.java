package org.hamkori.centers;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamkori.testkit.AuthorizationMatrix;
import org.hamkori.testkit.ServiceApi;

/** Test driver of centers-service's HTTP API. */
final class CentersApi extends ServiceApi {

    private CentersApi() {
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

    /** A planned centre in {@code districtCode}. */
    static String plannedCenterIn(String districtCode) {
        Map<String, Object> body = qubodiyonCenter();
        body.put("districtCode", districtCode);
        return register(body).then().statusCode(201).extract().path("id");
    }

    /** Moves a centre on, as an unscoped coordinator, until it is {@code status} (PLANNED → OPEN ⇄ UNDER_RENOVATION). */
    static void bringTo(String id, String status) {
        for (int step = 0; step < 3; step++) {
            String now = as("coordinator").get("/centers/{id}", id).then().statusCode(200).extract().path("status");
            if (now.equals(status)) {
                return;
            }
            switch (now) {
                case "PLANNED" -> as("coordinator").body(Map.of("openedOn", "2021-06-21"))
                        .post("/centers/{id}/opening", id).then().statusCode(200);
                case "OPEN" -> as("coordinator").body(Map.of("startedOn", "2022-01-01"))
                        .post("/centers/{id}/renovation", id).then().statusCode(200);
                case "UNDER_RENOVATION" -> as("coordinator")
                        .body(Map.of("completedOn", "2022-06-01", "fundingPartners", List.of("MVD")))
                        .post("/centers/{id}/renovation/completion", id).then().statusCode(200);
                default -> throw new IllegalStateException("centre " + id + " is " + now);
            }
        }
        throw new IllegalStateException("centre " + id + " did not become " + status);
    }

    /**
     * A valid request for every write, given fixtures {@code center} (a centre in {@code district}): each first
     * brings the centre where the operation applies.
     */
    static AuthorizationMatrix.WriteRequests writeRequests() {
        return new AuthorizationMatrix.WriteRequests()
                .with("POST /centers", fixtures -> centerFormIn(fixtures.get("district")))
                .with("PUT /centers/{center}", fixtures -> centerFormIn(fixtures.get("district")))
                .with("POST /centers/{center}/opening", fixtures -> Map.of("openedOn", "2021-06-21"))
                .with("POST /centers/{center}/renovation", fixtures -> {
                    bringTo(fixtures.get("center"), "OPEN");
                    return Map.of("startedOn", "2022-01-01");
                })
                .with("POST /centers/{center}/renovation/completion", fixtures -> {
                    bringTo(fixtures.get("center"), "UNDER_RENOVATION");
                    return Map.of("completedOn", "2022-06-01", "fundingPartners", List.of("MVD"));
                })
                .with("POST /centers/{center}/closure", fixtures -> {
                    bringTo(fixtures.get("center"), "OPEN");
                    return Map.of("closedOn", "2024-01-10", "reasonCode", "MERGED", "note", "Agreed with deputy Rahimov");
                });
    }

    private static Map<String, Object> centerFormIn(String districtCode) {
        Map<String, Object> body = qubodiyonCenter();
        body.put("districtCode", districtCode);
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
