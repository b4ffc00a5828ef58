package org.hamkori.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.hamkori.testkit.PublishedEvents;
import org.hamkori.testkit.PublishedEvents.Published;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two replicas of centers-service share one outbox: every event is published once, in order per centre. */
class OutboxReplicasIT {

    @BeforeAll
    static void startTwoReplicas() {
        Suite.ensureRunning();
        Suite.restart(Suite.Service.CENTERS_REPLICA);
    }

    @AfterAll
    static void stopSecondReplica() throws InterruptedException {
        Suite.kill(Suite.Service.CENTERS_REPLICA);
    }

    @Test
    void centersChangedThroughBothReplicasArePublishedOnceAndInOrder() {
        List<Suite.Service> replicas = List.of(Suite.Service.CENTERS, Suite.Service.CENTERS_REPLICA);
        List<String> centers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = given().baseUri(replicas.get(i % 2).url()).contentType(ContentType.JSON)
                    .auth().oauth2(SignIn.token("coordinator"))
                    .body(Map.of("code", "REP-" + System.nanoTime() % 100_000_000, "name", "Replica centre",
                            "districtCode", "RRS.VAHDAT", "constructionType", "NEW_BUILD", "workplaces", 3))
                    .post("/centers").then().statusCode(201).extract().<String>path("id");
            centers.add(id);
            for (String step : List.of("opening:openedOn:2021-06-21", "renovation:startedOn:2022-01-01")) {
                String[] parts = step.split(":");
                given().baseUri(replicas.get((i + 1) % 2).url()).contentType(ContentType.JSON)
                        .auth().oauth2(SignIn.token("coordinator")).body(Map.of(parts[1], parts[2]))
                        .post("/centers/{id}/" + parts[0], id).then().statusCode(200);
            }
        }

        Set<String> keys = Set.copyOf(centers);
        PublishedEvents.await("centers.events", r -> keys.contains(r.key()), centers.size() * 3, Duration.ofSeconds(60));
        List<Published> records = PublishedEvents.all("centers.events").stream()
                .filter(r -> keys.contains(r.key())).toList();
        assertEquals(centers.size() * 3, records.size(), "every change published exactly once");
        assertEquals(records.size(), records.stream().map(r -> r.header("ce_id")).distinct().count(),
                "no event published twice");
        Map<String, List<Long>> sequences = records.stream().collect(Collectors.groupingBy(Published::key,
                Collectors.mapping(r -> Long.parseLong(r.header("ce_sequence")), Collectors.toList())));
        sequences.forEach((center, seen) ->
                assertEquals(LongStream.range(0, 3).boxed().toList(), seen, "events of " + center + " in order"));
    }
}
