package org.hamkori.training;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** training-service keeps its dead letters (service-kit) for the admin to see and re-drive. */
@QuarkusTest
class TrainingDeadLettersTest {

    @Test
    void onlyTheAdminListsAndReDrivesDeadLetters() {
        TrainingApi.as("admin").get("/admin/dead-letters?size=1").then().statusCode(200).body("size", equalTo(1));
        TrainingApi.as("trainer").get("/admin/dead-letters").then().statusCode(403);
        TrainingApi.as("trainer").post("/admin/dead-letters/1/redrive").then().statusCode(403);
        TrainingApi.as("admin").post("/admin/dead-letters/999999999/redrive").then().statusCode(404)
                .contentType("application/problem+json");
        TrainingApi.as("admin").post("/admin/dead-letters/x/redrive").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
