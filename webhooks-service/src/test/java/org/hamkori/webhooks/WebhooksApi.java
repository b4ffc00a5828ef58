package org.hamkori.webhooks;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hamkori.contract.DomainEvent;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.EventType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamkori.testkit.ConsumerLag;
import org.hamkori.testkit.DevTokens;
import org.hamkori.testkit.PublishedEvents;
import org.hamkori.testkit.TestEvents;

/** The service's API as the tests call it, as admin unless they say otherwise. */
final class WebhooksApi {

    static final String GROUP_FORMED = "org.hamkori.groups.GroupFormed.v1";
    static final List<String> TOPICS = List.of("centers.events", "groups.events", "training.events");

    private WebhooksApi() {
    }

    /** An endpoint as registered: its id and the secret shown once. */
    record Registered(String id, String secret) {
    }

    static Registered register(Receiver receiver, String... eventTypes) {
        JsonPath created = given().auth().oauth2(DevTokens.token("admin")).contentType("application/json")
                .body(Map.of("url", receiver.url(), "eventTypes", List.of(eventTypes), "description", "test receiver"))
                .post("/webhooks/endpoints").then().statusCode(201).extract().jsonPath();
        Registered registered = new Registered(created.getString("id"), created.getString("secret"));
        receiver.trusting(registered.secret());
        return registered;
    }

    static JsonPath endpoint(String id) {
        return given().auth().oauth2(DevTokens.token("admin")).get("/webhooks/endpoints/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    static List<Map<String, Object>> deliveries(String endpointId, String query) {
        return given().auth().oauth2(DevTokens.token("admin"))
                .get("/webhooks/endpoints/" + endpointId + "/deliveries?size=500" + query).then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    static void delete(String id) {
        given().auth().oauth2(DevTokens.token("admin")).delete("/webhooks/endpoints/" + id).then().statusCode(204);
    }

    /** Every endpoint left by earlier runs goes, so that nothing else is delivered while a test runs. */
    static void deleteAllEndpoints() {
        List<String> ids = given().auth().oauth2(DevTokens.token("admin")).get("/webhooks/endpoints?size=500").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
        ids.forEach(WebhooksApi::delete);
    }

    static void awaitConsumed() {
        ConsumerLag.awaitCaughtUp("webhooks-service-test", TOPICS, Duration.ofSeconds(60));
    }

    /** Publishes {@code event} as its producer would, with the broker's record time set to {@code at}. */
    static void sendPublishedAt(Instant at, UUID ceId, DomainEvent event) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PublishedEvents.BOOTSTRAP);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        EventType type = event.eventType();
        RecordHeaders headers = new RecordHeaders();
        TestEvents.headers(ceId, type.ceType(), type.context().source(), event.subjectId(), 1)
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(type.context().topic(), null, at.toEpochMilli(),
                    event.subjectId().toString(), EventJson.write(event).getBytes(StandardCharsets.UTF_8), headers))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not take the record", e);
        }
    }

    static UUID uuid() {
        return UUID.randomUUID();
    }
}
