package org.hamkori.kit.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamkori.kit.sample.SampleApi.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.hamkori.kit.problem.Problem;
import org.hamkori.kit.problem.ProblemMappers;
import org.hamkori.kit.sample.SampleApi;
import org.hamkori.testkit.DevTokens;
import org.junit.jupiter.api.Test;

/** What every service's API does the same way, through the test service's parcels: the kit's edge on its own. */
@QuarkusTest
class ServiceEdgeTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aCreateRepeatedWithTheSameIdempotencyKeyCreatesOneParcelAndAnswersTheFirstResponseAgain() {
        Map<String, Object> parcel = SampleApi.parcel();
        String key = "parcel-" + UUID.randomUUID();

        Response first = as("coordinator").header(IdempotentCreation.HEADER, key).body(parcel).post("/parcels");
        Response again = as("coordinator").header(IdempotentCreation.HEADER, key).body(parcel).post("/parcels");

        first.then().statusCode(201).header("ETag", "\"0\"");
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")));
        assertEquals(1, parcelsWithCode((String) parcel.get("code")));
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsRefusedAndCreatesNothing() {
        Map<String, Object> parcel = SampleApi.parcel();
        String key = "parcel-" + UUID.randomUUID();
        as("coordinator").header(IdempotentCreation.HEADER, key).body(parcel).post("/parcels").then().statusCode(201);

        Map<String, Object> another = SampleApi.parcel();
        as("coordinator").header(IdempotentCreation.HEADER, key).body(another).post("/parcels")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE);
        assertEquals(0, parcelsWithCode((String) another.get("code")));
    }

    @Test
    void aChangeFromAStaleVersionIsA412ProblemAndChangesNothing() {
        UUID parcel = SampleApi.registeredParcel();
        SampleApi.relabel(parcel, 0, "Relabelled once").then().statusCode(200).header("ETag", "\"1\"");

        SampleApi.relabel(parcel, 0, "Relabelled from an old copy").then().statusCode(412)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "precondition-failed"))
                .body("detail", equalTo("If-Match \"0\" does not match the current version \"1\""));

        as("coordinator").get("/parcels/{id}", parcel)
                .then().statusCode(200).header("ETag", "\"1\"").body("label", equalTo("Relabelled once"));
    }

    @Test
    void anUnknownParcelIsA404ProblemNamingIt() {
        UUID unknown = UUID.randomUUID();
        as("coordinator").get("/parcels/{id}", unknown).then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.TYPE_BASE + "not-found"))
                .body("detail", equalTo("Parcel " + unknown + " does not exist"));
        SampleApi.relabel(unknown, 0, "Nobody's").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        as("coordinator").get("/parcels/not-a-uuid").then().statusCode(404)
                .body("detail", equalTo("Parcel not-a-uuid does not exist"));
    }

    @Test
    void aWeightTheParcelRefusesIsA400ProblemNamingTheField() {
        Map<String, Object> parcel = SampleApi.parcel();
        parcel.put("weightGrams", 0);

        SampleApi.register(parcel).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Invalid parcel"))
                .body("errors[0].field", equalTo("weightGrams"))
                .body("errors[0].message", startsWith("must be between 1 and"));
        assertEquals(0, parcelsWithCode((String) parcel.get("code")));
    }

    @Test
    void aClientThatHangsUpWhileItsBodyIsArrivingIsNoErrorInTheLogAndCreatesNothing() throws IOException {
        String code = "P-GONE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<LogRecord> mapped = new CopyOnWriteArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                mapped.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger mapper = Logger.getLogger(ProblemMappers.class.getName());
        Level level = mapper.getLevel();
        mapper.setLevel(Level.ALL);
        mapper.addHandler(recorder);
        try {
            try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
                // a promise of 1,000 bytes, of which the first few arrive before the connection closes
                String head = "POST /parcels HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Authorization: Bearer " + DevTokens.token("coordinator")
                        + "\r\nContent-Length: 1000\r\n\r\n";
                String partOfTheBody = "{\"code\":\"" + code + "\"";
                socket.getOutputStream().write((head + partOfTheBody).getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> !mapped.isEmpty());
        } finally {
            mapper.removeHandler(recorder);
            mapper.setLevel(level);
        }

        assertEquals(List.of(Level.FINE), mapped.stream().map(LogRecord::getLevel).toList(),
                "the hang-up is no error: " + mapped.stream().map(LogRecord::getMessage).toList());
        assertEquals(0, parcelsWithCode(code));
    }

    private long parcelsWithCode(String code) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("SELECT count(p) FROM Parcel p WHERE p.code = :code", Long.class)
                .setParameter("code", code).getSingleResult());
    }
}
