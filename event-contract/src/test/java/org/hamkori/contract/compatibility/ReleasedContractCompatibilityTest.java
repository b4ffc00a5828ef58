package org.hamkori.contract.compatibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The gate of SPEC §8: the contract in this checkout is an additive change of the released v1. */
class ReleasedContractCompatibilityTest {

    private static final Contract RELEASED = Contract.released("v1");
    private static final Contract CURRENT = Contract.current();

    @Test
    void theCurrentContractOnlyAddsToReleasedV1() {
        List<Breaking> breakings = CompatibilityGate.check(RELEASED, CURRENT);
        assertEquals(List.of(), breakings, () -> "Changes to the released v1 contract that are not additive"
                + " (publish a …v2 type beside v1 instead; see event-contract/README.md):\n"
                + breakings.stream().map(Breaking::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void releasedV1HasASchemaAFixtureAndAMessageForEachOfItsEventTypes() {
        assertTrue(RELEASED.schemas().size() >= 16, "released schemas: " + RELEASED.schemas().keySet());
        assertEquals(RELEASED.schemas().keySet(), RELEASED.fixtures().keySet());
        Set<String> payloads = new TreeSet<>();
        RELEASED.asyncApi().path("components").path("messages")
                .forEach(message -> payloads.add(message.at("/payload/schema/$ref").asText()));
        for (String eventType : RELEASED.schemas().keySet()) {
            assertTrue(payloads.contains("../schemas/" + eventType + ".schema.json"), eventType + " in the AsyncAPI document");
        }
    }

    @Test
    void everyObjectOfAReleasedSchemaAcceptsPropertiesItDoesNotKnow() {
        RELEASED.schemas().forEach((eventType, schema) -> assertOpen(eventType, schema, ""));
    }

    /** Consumers ignore unknown fields, and the gate's check of current events against released schemas relies on it. */
    private static void assertOpen(String eventType, JsonNode schema, String pointer) {
        if (schema.has("properties")) {
            assertTrue(schema.path("additionalProperties").asBoolean(true), eventType + " #" + pointer + "/additionalProperties");
            schema.get("properties").fields().forEachRemaining(property ->
                    assertOpen(eventType, property.getValue(), pointer + "/properties/" + property.getKey()));
        }
        if (schema.has("items")) {
            assertOpen(eventType, schema.get("items"), pointer + "/items");
        }
    }
}
