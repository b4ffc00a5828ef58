package org.hamkori.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.StreamSupport;
import org.hamkori.contract.fixtures.EventSchemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The AsyncAPI 3.0 document describes every topic and every event of the catalogue. */
class AsyncApiDocumentTest {

    private static final String DOCUMENT = "/asyncapi/hamkori.asyncapi.yaml";
    private static final URI BASE = URI.create("classpath:" + DOCUMENT);
    private static final Map<String, String> DEAD_LETTER_TOPICS = Map.of(
            "reporting.dead-letter", "reporting-service",
            "groups.dead-letter", "groups-service",
            "training.dead-letter", "training-service");

    private static JsonNode doc;

    @BeforeAll
    static void parse() throws Exception {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream(DOCUMENT)) {
            assertNotNull(in, DOCUMENT + " on the classpath");
            doc = new YAMLMapper().readTree(in);
        }
    }

    @Test
    void isAnAsyncApi3DocumentWithKafkaServer() {
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        assertFalse(doc.path("info").path("title").asText().isBlank());
        assertEquals("application/json", doc.path("defaultContentType").asText());
        assertEquals("kafka", doc.path("servers").path("kafka").path("protocol").asText());
    }

    @Test
    void statesTheDeliveryGuarantees() {
        String description = doc.path("info").path("description").asText();
        for (String promise : List.of("At least once", "ce_id", "Ordering per aggregate", "No personal data",
                "Additive changes within v1", "Dead letters")) {
            assertTrue(description.contains(promise), "info.description mentions " + promise);
        }
    }

    @Test
    void everyTopicIsAChannelAddressedByItsName() {
        Set<String> addresses = new TreeSet<>();
        doc.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        for (BoundedContext context : BoundedContext.values()) {
            assertTrue(addresses.contains(context.topic()), context.topic());
        }
        assertTrue(addresses.containsAll(DEAD_LETTER_TOPICS.keySet()), "dead-letter topics in " + addresses);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventIsAMessageWithItsCeTypeSourceAndSchema(EventType type) {
        JsonNode message = doc.path("components").path("messages").path(type.eventName());
        assertTrue(message.isObject(), "components.messages." + type.eventName());
        assertEquals(type.eventName(), message.path("name").asText());
        assertEquals("application/json", message.path("contentType").asText());

        Map<String, Set<String>> constants = headerConstants(message.path("headers"));
        assertEquals(Set.of(type.ceType()), constants.get("ce_type"), "ce_type of " + type);
        assertEquals(Set.of(type.context().source()), constants.get("ce_source"), "ce_source of " + type);
        assertEquals(Set.of(CloudEventHeaders.JSON), constants.get(CloudEventHeaders.CONTENT_TYPE));
        assertEquals(Set.of(CloudEventHeaders.SPEC_VERSION_1_0), constants.get(CloudEventHeaders.SPEC_VERSION));
        Set<String> required = requiredHeaders(message.path("headers"));
        for (String header : List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.TYPE,
                CloudEventHeaders.SOURCE, CloudEventHeaders.SUBJECT, CloudEventHeaders.TIME, CloudEventHeaders.SEQUENCE,
                CloudEventHeaders.CONTENT_TYPE)) {
            assertTrue(required.contains(header), type + " requires header " + header);
        }

        JsonNode payload = message.path("payload");
        assertEquals("application/schema+json;version=draft-2020-12", payload.path("schemaFormat").asText());
        String schemaRef = payload.path("schema").path("$ref").asText();
        assertEquals("../schemas/" + type.eventName() + ".v1.schema.json", schemaRef);
        assertEquals(EventSchemas.resource(type), BASE.resolve(schemaRef).getSchemeSpecificPart());

        JsonNode key = resolve(message.path("bindings").path("kafka").path("key"));
        assertEquals("uuid", key.path("format").asText(), "record key of " + type + " is the aggregate id");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventIsOnItsTopicAndSentByItsService(EventType type) {
        String channelId = channelIdOf(type.context().topic());
        JsonNode channelMessage = doc.path("channels").path(channelId).path("messages").path(type.eventName());
        assertEquals("#/components/messages/" + type.eventName(), channelMessage.path("$ref").asText());

        String messageRef = "#/channels/" + channelId + "/messages/" + type.eventName();
        List<JsonNode> senders = StreamSupport.stream(doc.path("operations").spliterator(), false)
                .filter(op -> op.path("action").asText().equals("send"))
                .filter(op -> op.path("channel").path("$ref").asText().equals("#/channels/" + channelId))
                .filter(op -> refs(op.path("messages")).contains(messageRef))
                .toList();
        assertEquals(1, senders.size(), "one send operation publishes " + type);
        String service = type.context().source().substring("/hamkori/".length());
        assertTrue(senders.get(0).path("title").asText().contains(service), "sent by " + service);
    }

    @Test
    void deadLetterTopicsCarryTheOriginalRecordAndTheReason() {
        JsonNode headers = resolve(doc.path("components").path("messages").path("DeadLetterRecord").path("headers"));
        for (String header : List.of("dead-letter-reason", "dead-letter-cause", "dead-letter-topic",
                "dead-letter-partition", "dead-letter-offset")) {
            assertTrue(headers.path("properties").has(header), "dead-letter header " + header);
        }
        DEAD_LETTER_TOPICS.forEach((topic, service) -> {
            String channelId = channelIdOf(topic);
            assertEquals("#/components/messages/DeadLetterRecord",
                    doc.path("channels").path(channelId).path("messages").path("DeadLetterRecord").path("$ref").asText());
            boolean sent = StreamSupport.stream(doc.path("operations").spliterator(), false)
                    .anyMatch(op -> op.path("action").asText().equals("send")
                            && op.path("channel").path("$ref").asText().equals("#/channels/" + channelId)
                            && op.path("title").asText().contains(service));
            assertTrue(sent, service + " sends to " + topic);
        });
    }

    @Test
    void everyReferenceResolves() {
        List<String> references = new ArrayList<>();
        collectRefs(doc, references);
        assertFalse(references.isEmpty());
        for (String reference : references) {
            if (reference.startsWith("#/")) {
                assertFalse(doc.at(reference.substring(1)).isMissingNode(), "local reference " + reference);
            } else {
                String resource = BASE.resolve(reference).getSchemeSpecificPart();
                assertNotNull(AsyncApiDocumentTest.class.getResource(resource), reference + " -> " + resource);
            }
        }
    }

    private static String channelIdOf(String address) {
        List<String> ids = new ArrayList<>();
        doc.path("channels").fields().forEachRemaining(e -> {
            if (e.getValue().path("address").asText().equals(address)) {
                ids.add(e.getKey());
            }
        });
        assertEquals(1, ids.size(), "one channel for " + address);
        return ids.get(0);
    }

    private static JsonNode resolve(JsonNode node) {
        while (node.has("$ref") && node.path("$ref").asText().startsWith("#/")) {
            node = doc.at(node.path("$ref").asText().substring(1));
        }
        return node;
    }

    /** Constants a header schema (through allOf and local references) fixes, by header name. */
    private static Map<String, Set<String>> headerConstants(JsonNode schema) {
        Map<String, Set<String>> constants = new HashMap<>();
        walkHeaders(resolve(schema), (name, property) -> {
            if (property.has("const")) {
                constants.computeIfAbsent(name, n -> new TreeSet<>()).add(property.path("const").asText());
            }
        });
        return constants;
    }

    private static Set<String> requiredHeaders(JsonNode schema) {
        Set<String> required = new TreeSet<>();
        collectRequired(resolve(schema), required);
        return required;
    }

    private static void collectRequired(JsonNode schema, Set<String> required) {
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("allOf").forEach(part -> collectRequired(resolve(part), required));
    }

    private static void walkHeaders(JsonNode schema, BiConsumer<String, JsonNode> visitor) {
        schema.path("properties").fields().forEachRemaining(e -> visitor.accept(e.getKey(), resolve(e.getValue())));
        schema.path("allOf").forEach(part -> walkHeaders(resolve(part), visitor));
    }

    private static List<String> refs(JsonNode array) {
        List<String> refs = new ArrayList<>();
        array.forEach(item -> refs.add(item.path("$ref").asText()));
        return refs;
    }

    private static void collectRefs(JsonNode node, List<String> references) {
        if (node.isObject() && node.has("$ref")) {
            references.add(node.path("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, references));
    }
}
