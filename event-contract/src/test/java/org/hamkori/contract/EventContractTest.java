package org.hamkori.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hamkori.contract.centers.CenterOpened;
import org.hamkori.contract.centers.ClosureReason;
import org.hamkori.contract.compatibility.Contract;
import org.hamkori.contract.fixtures.EventSchemas;
import org.hamkori.contract.fixtures.GoldenFixtures;
import org.hamkori.contract.groups.GroupMeetingHeld;
import org.hamkori.contract.groups.MeetingParticipants;
import org.hamkori.contract.groups.RaisedIssue;
import org.hamkori.contract.training.RevocationReason;
import org.hamkori.contract.training.TraineeCertified;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The JSON Schemas and golden fixtures of the catalogue agree with the records and with {@link EventJson}. */
class EventContractTest {

    private static final Contract RELEASED = Contract.released("v1");

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeHasASchemaAndAFixture(EventType type) {
        assertNotNull(EventContractTest.class.getResource(EventSchemas.resource(type)), "schema of " + type);
        assertNotNull(EventContractTest.class.getResource(GoldenFixtures.resource(type)), "fixture of " + type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaIsADraft202012DocumentNamedAfterItsEvent(EventType type) {
        JsonNode schema = EventSchemas.tree(type);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals("https://hamkori.org/schemas/" + type.eventName() + ".v1.schema.json", schema.path("$id").asText());
        assertFalse(schema.path("description").asText().isBlank(), "description");
        assertTrue(schema.path("description").asText().contains(type.ceType()), "description names the ce_type");
        assertEquals("object", schema.path("type").asText());
        assertTrue(schema.path("additionalProperties").asBoolean(false), "v1 changes are additive: extra fields allowed");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaDescribesEveryFieldOfTheRecordAndRequiresThoseItWasPublishedWith(EventType type) {
        JsonNode schema = EventSchemas.tree(type);
        Set<String> components = componentNames(type.payloadType());
        assertEquals(components, fieldNames(schema.path("properties")), "schema properties of " + type);
        // EventJson writes every component (null when absent), so a new type requires them all; a field added to a
        // published type stays optional, since the events recorded before it lack it (the compatibility gate)
        String[] ceType = type.ceType().split("\\.");
        JsonNode released = RELEASED.schemas().get(ceType[ceType.length - 2] + "." + ceType[ceType.length - 1]);
        Set<String> required = released == null ? components : new TreeSet<>(textValues(released.path("required")));
        assertEquals(required, new TreeSet<>(textValues(schema.path("required"))), "required of " + type);
    }

    @Test
    void nestedSchemasDescribeTheNestedRecords() {
        JsonNode properties = EventSchemas.tree(EventType.GROUP_MEETING_HELD).path("properties");
        assertEquals(componentNames(MeetingParticipants.class), fieldNames(properties.path("participants").path("properties")));
        assertEquals(componentNames(RaisedIssue.class),
                fieldNames(properties.path("issuesRaised").path("items").path("properties")));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void fixtureConformsToItsSchema(EventType type) {
        assertEquals(List.of(), EventSchemas.violations(type, GoldenFixtures.tree(type)));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void fixtureReadsIntoItsRecordAndWritesBackToTheSameJson(EventType type) throws Exception {
        DomainEvent event = GoldenFixtures.event(type.payloadType());
        assertEquals(type.payloadType(), event.getClass());
        assertEquals(type, event.eventType());
        JsonNode written = EventJson.mapper().readTree(EventJson.write(event));
        assertEquals(GoldenFixtures.tree(type), written, "what producers write for " + type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void fixtureSubjectIsTheAggregateIdField(EventType type) {
        DomainEvent event = GoldenFixtures.event(type.payloadType());
        String subject = event.subjectId().toString();
        JsonNode tree = GoldenFixtures.tree(type);
        String firstField = tree.fieldNames().next();
        assertEquals(subject, tree.path(firstField).asText(), "the first field of " + type + " is its aggregate id");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void payloadMissingARequiredFieldFailsValidation(EventType type) {
        for (String field : textValues(EventSchemas.tree(type).path("required"))) {
            ObjectNode payload = (ObjectNode) GoldenFixtures.tree(type);
            payload.remove(field);
            List<String> violations = EventSchemas.violations(type, payload);
            assertFalse(violations.isEmpty(), type + " without " + field + " must not validate");
            assertTrue(violations.stream().anyMatch(v -> v.contains(field)), field + " named in " + violations);
        }
    }

    @Test
    void malformedDatesUuidsCodesAndEnumValuesFailValidation() {
        assertInvalid(EventType.CENTER_OPENED, "openedOn", "21.06.2021");
        assertInvalid(EventType.CENTER_OPENED, "openedOn", "2021-02-30");
        assertInvalid(EventType.CENTER_OPENED, "centerId", "centre-1");
        assertInvalid(EventType.CENTER_OPENED, "regionCode", "KHATLON_REGION");
        assertInvalid(EventType.CENTER_OPENED, "districtCode", "Qubodiyon");
        assertInvalid(EventType.CENTER_OPENED, "constructionType", "REBUILD");
        assertInvalid(EventType.TRAINEE_CERTIFIED, "ageBand", "25-34");
        assertInvalid(EventType.TRAINEE_CERTIFIED, "partnerCode", "us embassy");
        assertInvalid(EventType.SAFETY_ISSUE_RESOLVED, "status", "OPEN");
    }

    @Test
    void additionalFieldsStillValidateBecauseV1ChangesAreAdditive() {
        ObjectNode payload = (ObjectNode) GoldenFixtures.tree(EventType.CENTER_OPENED);
        payload.put("openingCeremonyHeld", true);
        assertEquals(List.of(), EventSchemas.violations(EventType.CENTER_OPENED, payload));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void unknownFieldsAreIgnoredWhenReading(EventType type) throws Exception {
        ObjectNode payload = (ObjectNode) GoldenFixtures.tree(type);
        payload.put("addedInALaterV1", "ignored");
        payload.putObject("nestedAddition").put("deep", 1).putArray("list").add("x");
        byte[] json = EventJson.mapper().writeValueAsBytes(payload);
        assertEquals(GoldenFixtures.event(type.payloadType()), EventJson.read(json, type.payloadType()));
    }

    @Test
    void readingGarbageThrowsMalformedEvent() {
        assertMalformed("not json at all", CenterOpened.class);
        assertMalformed("", CenterOpened.class);
        assertMalformed("{\"centerId\":", CenterOpened.class);
        assertMalformed("[1,2,3]", CenterOpened.class);
        assertMalformed("{}", CenterOpened.class);
        assertMalformed("{\"centerId\":\"not-a-uuid\"}", CenterOpened.class);
        assertMalformed("{\"centerId\":\"3f2c8a4e-6b1d-4c7e-9a52-0d8e1f4b7c21\",\"openedOn\":\"yesterday\"}",
                CenterOpened.class);
        assertMalformed("{\"certificateId\":\"d3a7e1b5-6c28-4f94-a0e3-8b5c9f2d7146\",\"ageBand\":\"OLD\"}",
                TraineeCertified.class);
        assertMalformed("{\"groupId\":\"6a7e3d19-2c84-4f0b-9e51-b83d7c2a6f94\",\"participants\":{\"female\":null}}",
                GroupMeetingHeld.class);
        assertThrows(MalformedEventException.class, () -> EventJson.read(new byte[] {(byte) 0xff, 0x00, 0x13},
                CenterOpened.class));
    }

    @Test
    void aClosureOrRevocationReasonIsOneOfItsCodesInTheSchemaAndTheFixtures() {
        assertReasonCodes(EventType.CENTER_CLOSED, ClosureReason.class);
        assertReasonCodes(EventType.CERTIFICATE_REVOKED, RevocationReason.class);
    }

    @Test
    void aFreeTextReasonRecordedBeforeTheCodesStillValidates() {
        for (EventType type : List.of(EventType.CENTER_CLOSED, EventType.CERTIFICATE_REVOKED)) {
            ObjectNode payload = (ObjectNode) GoldenFixtures.tree(type);
            payload.put("reason", "Lease of the premises ended; services moved to the centre in Isfara city");
            assertEquals(List.of(), EventSchemas.violations(type, payload), type.toString());
            payload.putNull("reason");
            assertEquals(List.of(), EventSchemas.violations(type, payload), type + " without a reason");
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void noSchemaOrFixtureCarriesPersonalData(EventType type) {
        Set<String> schemaFields = new LinkedHashSet<>();
        collectSchemaPropertyNames(EventSchemas.tree(type), schemaFields);
        Set<String> fixtureFields = new LinkedHashSet<>();
        collectFieldNames(GoldenFixtures.tree(type), fixtureFields);
        for (Set<String> fields : List.of(schemaFields, fixtureFields)) {
            for (String field : fields) {
                String normalised = field.toLowerCase().replace("_", "");
                assertFalse(PERSONAL_FIELDS.contains(normalised), type + " has personal-data field " + field);
                if (normalised.equals("name")) {
                    // the only name an event may carry is a centre's, which names a place
                    assertTrue(CENTER_DETAILS.contains(type), type + " carries a name");
                }
            }
        }
        List<String> values = new ArrayList<>();
        collectTextValues(GoldenFixtures.tree(type), values);
        for (String value : values) {
            if (value.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d{4}-\\d{2}-\\d{2}")) {
                continue; // ids and dates
            }
            assertFalse(value.matches(".*(\\+992|\\b992)[ -]?\\d{2}.*") || value.matches(".*\\d{3}[ -]?\\d{2}[ -]?\\d{2}[ -]?\\d{2}.*"),
                    type + " fixture value looks like a phone number: " + value);
        }
    }

    @Test
    void ceTypesAreUniqueAndFollowTheNamingRule() {
        Set<String> ceTypes = new TreeSet<>();
        for (EventType type : EventType.values()) {
            assertTrue(type.ceType().matches("org\\.hamkori\\.(centers|groups|training)\\.[A-Z][A-Za-z]+\\.v1"), type.ceType());
            assertTrue(type.ceType().startsWith("org.hamkori." + type.context().code() + "."), type.ceType());
            assertEquals(type, EventType.byCeType(type.ceType()).orElseThrow());
            ceTypes.add(type.ceType());
        }
        assertEquals(EventType.values().length, ceTypes.size());
        assertEquals("org.hamkori.centers.CenterOpened.v1", EventType.CENTER_OPENED.ceType());
        assertEquals("org.hamkori.training.TraineeCertified.v1", EventType.TRAINEE_CERTIFIED.ceType());
    }

    private static final Set<String> PERSONAL_FIELDS = Set.of("fullname", "firstname", "lastname", "middlename",
            "surname", "patronymic", "personname", "holdername", "holderinitials", "phone", "phonenumber", "mobile",
            "telephone", "email", "birthyear", "birthdate", "dateofbirth", "dob", "passport", "passportnumber",
            "homeaddress");

    private static final Set<EventType> CENTER_DETAILS = Set.of(EventType.CENTER_REGISTERED,
            EventType.CENTER_DETAILS_CHANGED);

    private static void assertReasonCodes(EventType type, Class<? extends Enum<?>> codes) {
        String description = EventSchemas.tree(type).path("properties").path("reason").path("description").asText();
        for (Enum<?> code : codes.getEnumConstants()) {
            assertTrue(description.contains(code.name()), type + " schema names the reason code " + code);
        }
        String fixtureReason = GoldenFixtures.tree(type).path("reason").asText();
        assertTrue(Arrays.stream(codes.getEnumConstants()).anyMatch(code -> code.name().equals(fixtureReason)),
                type + " fixture's reason " + fixtureReason + " is a code");
    }

    private static void assertInvalid(EventType type, String field, String value) {
        ObjectNode payload = (ObjectNode) GoldenFixtures.tree(type);
        payload.put(field, value);
        assertFalse(EventSchemas.violations(type, payload).isEmpty(), type + "." + field + " = " + value + " must not validate");
    }

    private static void assertMalformed(String json, Class<? extends DomainEvent> type) {
        assertThrows(MalformedEventException.class, () -> EventJson.read(json.getBytes(StandardCharsets.UTF_8), type),
                json);
    }

    private static Set<String> componentNames(Class<?> recordType) {
        return new TreeSet<>(Arrays.stream(recordType.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> textValues(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static void collectSchemaPropertyNames(JsonNode schema, Set<String> names) {
        if (schema.isObject()) {
            schema.path("properties").fieldNames().forEachRemaining(names::add);
            schema.forEach(child -> collectSchemaPropertyNames(child, names));
        } else if (schema.isArray()) {
            schema.forEach(child -> collectSchemaPropertyNames(child, names));
        }
    }

    private static void collectFieldNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(names::add);
        }
        node.forEach(child -> collectFieldNames(child, names));
    }

    private static void collectTextValues(JsonNode node, List<String> values) {
        if (node.isTextual()) {
            values.add(node.asText());
        }
        node.forEach(child -> collectTextValues(child, values));
    }
}
