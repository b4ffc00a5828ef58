package org.hamkori.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hamkori.contract.CloudEventHeaders;
import org.hamkori.contract.EventJson;
import org.hamkori.contract.EventType;
import org.hamkori.contract.fixtures.EventSchemas;
import org.hamkori.contract.fixtures.GoldenFixtures;
import java.nio.charset.StandardCharsets;

/** Checks a published record against the partners' contract: CloudEvents headers, JSON Schema, golden fixture. */
public final class ContractAssertions {

    private ContractAssertions() {
    }

    /** Asserts everything SPEC §8 promises about one record; returns its event type. */
    public static EventType assertConformsToContract(PublishedEvents.Published record) {
        EventType type = EventType.byCeType(record.header(CloudEventHeaders.TYPE))
                .orElseThrow(() -> new AssertionError("unknown ce_type " + record.header(CloudEventHeaders.TYPE)));
        assertEquals(type.context().topic(), record.topic(), "topic of " + type);
        assertEquals(CloudEventHeaders.SPEC_VERSION_1_0, record.header(CloudEventHeaders.SPEC_VERSION));
        assertDoesNotThrow(() -> UUID.fromString(record.header(CloudEventHeaders.ID)), "ce_id is a UUID");
        assertEquals(type.context().source(), record.header(CloudEventHeaders.SOURCE));
        assertEquals(record.key(), record.header(CloudEventHeaders.SUBJECT), "key = ce_subject = aggregate id");
        assertDoesNotThrow(() -> Instant.parse(record.header(CloudEventHeaders.TIME)), "ce_time is an instant");
        assertDoesNotThrow(() -> Long.parseLong(record.header(CloudEventHeaders.SEQUENCE)), "ce_sequence is a number");
        assertEquals(CloudEventHeaders.JSON, record.header(CloudEventHeaders.CONTENT_TYPE));

        JsonNode payload = assertDoesNotThrow(() -> EventJson.mapper().readTree(record.payload()));
        EventSchemas.assertConforms(type, record.payload().getBytes(StandardCharsets.UTF_8));
        assertEquals(fieldNames(GoldenFixtures.tree(type)), fieldNames(payload),
                () -> type + " payload has other fields than its golden fixture");
        var event = EventJson.read(record.payload().getBytes(StandardCharsets.UTF_8), type.payloadType());
        assertNotNull(event);
        assertEquals(record.key(), event.subjectId().toString(), "payload id = key");
        return type;
    }

    public static long sequence(PublishedEvents.Published record) {
        return Long.parseLong(record.header(CloudEventHeaders.SEQUENCE));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
