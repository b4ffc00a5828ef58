package org.hamkori.contract.compatibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves each rule of the gate: an edit of the released v1 contract, made in memory, that breaks the rule is reported
 * naming the event type (or topic, or reference file), the JSON pointer and the rule; a compatible edit next to it
 * passes.
 */
class CompatibilityMutationTest {

    private static final Contract RELEASED = Contract.released("v1");
    private static final AtomicInteger MUTATIONS_APPLIED = new AtomicInteger();

    private static final String CENTER_OPENED = "org.hamkori.centers.CenterOpened.v1";

    private static final List<Mutation> BREAKING = List.of(
            breaks(Rule.PROPERTY_REMOVED, "CenterOpened.v1", "/properties/openedOn", "removing a property",
                    c -> removeProperty(schema(c, "CenterOpened.v1"), "openedOn")),
            breaks(Rule.PROPERTY_REMOVED, "GroupMeetingHeld.v1", "/properties/heldOn", "renaming a property",
                    c -> renameProperty(schema(c, "GroupMeetingHeld.v1"), "heldOn", "meetingDate")),
            breaks(Rule.PROPERTY_REMOVED, "GroupMeetingHeld.v1", "/properties/issuesRaised/items/properties/category",
                    "removing a property of the items of an array",
                    c -> removeProperty(at(schema(c, "GroupMeetingHeld.v1"), "/properties/issuesRaised/items"), "category")),
            breaks(Rule.PROPERTY_REMOVED, "DeadLetterRecord", "/components/messages/DeadLetterRecord/headers/properties/ce_type",
                    "removing an optional header",
                    c -> ((ObjectNode) at(c.asyncApi(), "/components/schemas/DeadLetterHeaders/properties")).remove("ce_type")),

            breaks(Rule.TYPE_CHANGED, "CenterRegistered.v1", "/properties/workplaces/type", "making a nullable property non-null",
                    c -> at(schema(c, "CenterRegistered.v1"), "/properties/workplaces").put("type", "integer")),
            breaks(Rule.TYPE_CHANGED, "GroupMeetingHeld.v1", "/properties/participants/properties/female/type",
                    "changing a nested property's type",
                    c -> at(schema(c, "GroupMeetingHeld.v1"), "/properties/participants/properties/female").put("type", "string")),

            breaks(Rule.FORMAT_CHANGED, "CenterOpened.v1", "/properties/openedOn/format", "changing a format",
                    c -> property(c, "CenterOpened.v1", "openedOn").put("format", "date-time")),
            breaks(Rule.FORMAT_CHANGED, "CenterOpened.v1", "/properties/centerId/format", "dropping a format",
                    c -> property(c, "CenterOpened.v1", "centerId").remove("format")),

            breaks(Rule.PROPERTY_MADE_REQUIRED, "CenterOpened.v1", "/properties/openedBy", "adding a required property",
                    c -> {
                        addOptionalProperty(schema(c, "CenterOpened.v1"), "openedBy");
                        required(schema(c, "CenterOpened.v1")).add("openedBy");
                    }),
            breaks(Rule.PROPERTY_MADE_REQUIRED, CENTER_OPENED, "/components/messages/CenterOpened/headers/properties/ce_partition",
                    "requiring a new header",
                    c -> {
                        ObjectNode headers = at(c.asyncApi(), "/components/schemas/CloudEventHeaders");
                        ((ObjectNode) headers.get("properties")).putObject("ce_partition").put("type", "string");
                        ((ArrayNode) headers.get("required")).add("ce_partition");
                    }),

            breaks(Rule.REQUIRED_PROPERTY_MADE_OPTIONAL, "CenterOpened.v1", "/properties/districtCode",
                    "no longer requiring a property",
                    c -> removeText(required(schema(c, "CenterOpened.v1")), "districtCode")),

            breaks(Rule.ENUM_VALUE_REMOVED, "CenterOpened.v1", "/properties/regionCode/enum", "removing an enum value",
                    c -> removeText((ArrayNode) property(c, "CenterOpened.v1", "regionCode").get("enum"), "GBAO")),
            breaks(Rule.ENUM_VALUE_REMOVED, "GroupMeetingHeld.v1", "/properties/issuesRaised/items/properties/category/enum",
                    "removing an enum value of the items of an array",
                    c -> removeText(array(schema(c, "GroupMeetingHeld.v1"),
                            "/properties/issuesRaised/items/properties/category/enum"), "OTHER")),
            breaks(Rule.ENUM_VALUE_REMOVED, CENTER_OPENED, "/components/messages/CenterOpened/headers/properties/ce_source/const",
                    "changing a header's constant value",
                    c -> at(c.asyncApi(), "/components/schemas/CenterEventHeaders/allOf/1/properties/ce_source")
                            .put("const", "/hamkori/centres-service")),

            breaks(Rule.CONSTRAINT_TIGHTENED, "CenterRegistered.v1", "/properties/code/minLength", "raising minLength",
                    c -> property(c, "CenterRegistered.v1", "code").put("minLength", 3)),
            breaks(Rule.CONSTRAINT_TIGHTENED, "CenterRegistered.v1", "/properties/name/maxLength", "lowering maxLength",
                    c -> property(c, "CenterRegistered.v1", "name").put("maxLength", 100)),
            breaks(Rule.CONSTRAINT_TIGHTENED, "CenterRegistered.v1", "/properties/latitude/maximum", "lowering maximum",
                    c -> property(c, "CenterRegistered.v1", "latitude").put("maximum", 45)),
            breaks(Rule.CONSTRAINT_TIGHTENED, "GroupMeetingHeld.v1", "/properties/participants/properties/female/minimum",
                    "raising minimum",
                    c -> at(schema(c, "GroupMeetingHeld.v1"), "/properties/participants/properties/female").put("minimum", 1)),
            breaks(Rule.CONSTRAINT_TIGHTENED, "CenterOpened.v1", "/properties/districtCode/pattern", "changing a pattern",
                    c -> property(c, "CenterOpened.v1", "districtCode")
                            .put("pattern", "^(DUSHANBE|SUGHD|KHATLON|GBAO)\\.[A-Z][A-Z0-9_]*$")),
            breaks(Rule.CONSTRAINT_TIGHTENED, "CenterRegistered.v1", "/properties/settlement/pattern", "adding a pattern",
                    c -> property(c, "CenterRegistered.v1", "settlement").put("pattern", "^[A-Z]")),
            breaks(Rule.CONSTRAINT_TIGHTENED, "TrainingSessionScheduled.v1", "/properties/topics/minItems", "raising minItems",
                    c -> property(c, "TrainingSessionScheduled.v1", "topics").put("minItems", 2)),
            breaks(Rule.CONSTRAINT_TIGHTENED, "CenterOpened.v1", "/properties/fundingPartners/maxItems", "adding maxItems",
                    c -> property(c, "CenterOpened.v1", "fundingPartners").put("maxItems", 3)),
            breaks(Rule.CONSTRAINT_TIGHTENED, "GroupMeetingHeld.v1", "/properties/issuesRaised/uniqueItems",
                    "requiring unique items",
                    c -> property(c, "GroupMeetingHeld.v1", "issuesRaised").put("uniqueItems", true)),
            breaks(Rule.CONSTRAINT_TIGHTENED, "CenterOpened.v1", "/not", "adding a keyword the gate does not model",
                    c -> schema(c, "CenterOpened.v1").putObject("not").putArray("required").add("closedOn")),

            breaks(Rule.ADDITIONAL_PROPERTIES_CLOSED, "CenterOpened.v1", "/additionalProperties",
                    "closing an event to properties it does not know",
                    c -> schema(c, "CenterOpened.v1").put("additionalProperties", false)),
            breaks(Rule.ADDITIONAL_PROPERTIES_CLOSED, "GroupMeetingHeld.v1", "/properties/participants/additionalProperties",
                    "closing a nested object to properties it does not know",
                    c -> property(c, "GroupMeetingHeld.v1", "participants").put("additionalProperties", false)),

            breaks(Rule.EVENT_TYPE_REMOVED, "CenterOpened.v1", "", "removing an event's schema",
                    c -> c.schemas().remove("CenterOpened.v1")),
            breaks(Rule.EVENT_TYPE_REMOVED, "org.hamkori.centers.CenterRenovated.v1", "/components/messages/CenterRenovated",
                    "no longer publishing an event type",
                    c -> ((ObjectNode) at(c.asyncApi(), "/channels/centersEvents/messages")).remove("CenterRenovated")),
            breaks(Rule.EVENT_TYPE_REMOVED, CENTER_OPENED, "/components/messages/CenterOpened",
                    "publishing a v2 in place of v1 rather than beside it",
                    c -> ceType(message(c, "CenterOpened")).put("const", "org.hamkori.centers.CenterOpened.v2")),
            breaks(Rule.EVENT_TYPE_REMOVED, CENTER_OPENED, "/components/messages/CenterOpened/payload/schema/$ref",
                    "carrying another payload schema under the same ce_type",
                    c -> at(message(c, "CenterOpened"), "/payload/schema").put("$ref", "../schemas/CenterOpened.v2.schema.json")),

            breaks(Rule.TOPIC_CHANGED, "centers.events", "/channels/centersEvents", "renaming a topic",
                    c -> at(c.asyncApi(), "/channels/centersEvents").put("address", "centres.events")),
            breaks(Rule.TOPIC_CHANGED, "centers.events", "/channels/centersEvents/bindings/kafka/topic",
                    "changing a channel's Kafka topic",
                    c -> at(c.asyncApi(), "/channels/centersEvents/bindings/kafka").put("topic", "centers.events.v1")),
            breaks(Rule.TOPIC_CHANGED, "org.hamkori.centers.CenterClosed.v1", "/components/messages/CenterClosed",
                    "moving an event to another topic",
                    c -> {
                        ((ObjectNode) at(c.asyncApi(), "/channels/centersEvents/messages")).remove("CenterClosed");
                        at(c.asyncApi(), "/channels/trainingEvents/messages").putObject("CenterClosed")
                                .put("$ref", "#/components/messages/CenterClosed");
                    }),

            breaks(Rule.MESSAGE_KEY_CHANGED, CENTER_OPENED, "/components/messages/CenterOpened/bindings/kafka/key",
                    "keying an event by another id",
                    c -> at(message(c, "CenterOpened"), "/bindings/kafka/key").put("$ref", "#/components/schemas/GroupKey")),
            breaks(Rule.MESSAGE_KEY_CHANGED, "org.hamkori.centers.CenterClosed.v1",
                    "/components/messages/CenterClosed/bindings/kafka/key", "changing the key's schema",
                    c -> at(c.asyncApi(), "/components/schemas/CenterKey").remove("format")),
            breaks(Rule.MESSAGE_KEY_CHANGED, CENTER_OPENED, "/components/messages/CenterOpened/bindings/kafka/key",
                    "removing the key",
                    c -> at(message(c, "CenterOpened"), "/bindings/kafka").remove("key")),

            breaks(Rule.REQUIRED_HEADER_REMOVED, CENTER_OPENED, "/components/messages/CenterOpened/headers/properties/ce_sequence",
                    "no longer requiring a header",
                    c -> removeText(array(c.asyncApi(), "/components/schemas/CloudEventHeaders/required"), "ce_sequence")),
            breaks(Rule.REQUIRED_HEADER_REMOVED, CENTER_OPENED, "/components/messages/CenterOpened/headers/properties/ce_time",
                    "removing a required header",
                    c -> removeProperty(at(c.asyncApi(), "/components/schemas/CloudEventHeaders"), "ce_time")),

            breaks(Rule.REGION_REMOVED, ReferenceDataCompatibility.DOCUMENT, "/regions/3", "removing a region",
                    c -> ((ArrayNode) c.districts().get("regions")).remove(3)),
            breaks(Rule.DISTRICT_REMOVED, ReferenceDataCompatibility.DOCUMENT, "/districts/5", "removing a district",
                    c -> ((ArrayNode) c.districts().get("districts")).remove(5)),
            breaks(Rule.DISTRICT_REGION_CHANGED, ReferenceDataCompatibility.DOCUMENT, "/districts/0/regionCode",
                    "moving a district to another region",
                    c -> at(c.districts(), "/districts/0").put("regionCode", "RRS")),

            breaks(Rule.CURRENT_SCHEMA_REJECTS_RECORDED_EVENT, "CenterClosed.v1", "/reason",
                    "a recorded event no longer validating",
                    c -> property(c, "CenterClosed.v1", "reason").put("maxLength", 5)),
            breaks(Rule.RELEASED_SCHEMA_REJECTS_CURRENT_EVENT, "CenterOpened.v1", "/regionCode",
                    "writing an enum value the released schema does not know",
                    c -> {
                        ((ArrayNode) property(c, "CenterOpened.v1", "regionCode").get("enum")).add("BADAKHSHAN");
                        ((ObjectNode) c.fixtures().get("CenterOpened.v1")).put("regionCode", "BADAKHSHAN");
                    }));

    private static final List<Mutation> COMPATIBLE = List.of(
            passes(Rule.PROPERTY_REMOVED, "adding an optional property",
                    c -> addOptionalProperty(schema(c, "CenterOpened.v1"), "ceremonyHeld")),
            passes(Rule.TYPE_CHANGED, "writing a type as a list of one",
                    c -> property(c, "CenterOpened.v1", "openedOn").putArray("type").add("string")),
            passes(Rule.FORMAT_CHANGED, "rewording a property's description and examples",
                    c -> property(c, "CenterOpened.v1", "openedOn").put("description", "The day the centre opened its doors.")
                            .putArray("examples").add("2021-06-21")),
            passes(Rule.PROPERTY_MADE_REQUIRED, "adding an optional property to a nested object",
                    c -> addOptionalProperty((ObjectNode) property(c, "GroupMeetingHeld.v1", "participants"), "youth")),
            passes(Rule.REQUIRED_PROPERTY_MADE_OPTIONAL, "listing the required properties in another order",
                    c -> {
                        ArrayNode required = required(schema(c, "CenterOpened.v1"));
                        JsonNode first = required.remove(0);
                        required.add(first);
                    }),
            passes(Rule.ENUM_VALUE_REMOVED, "adding an enum value",
                    c -> ((ArrayNode) property(c, "CenterOpened.v1", "constructionType").get("enum")).add("MODULAR")),
            passes(Rule.CONSTRAINT_TIGHTENED, "raising maxLength",
                    c -> property(c, "CenterRegistered.v1", "name").put("maxLength", 300)),
            passes(Rule.CONSTRAINT_TIGHTENED, "lowering minimum",
                    c -> property(c, "CenterRegistered.v1", "latitude").put("minimum", -180)),
            passes(Rule.CONSTRAINT_TIGHTENED, "removing a pattern",
                    c -> property(c, "CenterOpened.v1", "districtCode").remove("pattern")),
            passes(Rule.CONSTRAINT_TIGHTENED, "no longer requiring unique items",
                    c -> property(c, "CenterRegistered.v1", "fundingPartners").remove("uniqueItems")),
            passes(Rule.ADDITIONAL_PROPERTIES_CLOSED, "leaving additionalProperties out, which keeps the object open",
                    c -> schema(c, "CenterOpened.v1").remove("additionalProperties")),
            passes(Rule.EVENT_TYPE_REMOVED, "publishing CenterOpened.v2 beside v1",
                    CompatibilityMutationTest::publishCenterOpenedV2BesideV1),
            passes(Rule.TOPIC_CHANGED, "adding a topic",
                    c -> at(c.asyncApi(), "/channels").putObject("centersSnapshots").put("address", "centers.snapshots")),
            passes(Rule.MESSAGE_KEY_CHANGED, "rewording the key's description",
                    c -> at(c.asyncApi(), "/components/schemas/CenterKey").put("description", "The centre's id.")),
            passes(Rule.REQUIRED_HEADER_REMOVED, "adding an optional header",
                    c -> at(c.asyncApi(), "/components/schemas/CloudEventHeaders/properties").putObject("ce_traceparent")
                            .put("type", "string")),
            passes(Rule.REGION_REMOVED, "renaming a region",
                    c -> at(c.districts(), "/regions/3/name").put("en", "Gorno-Badakhshan")),
            passes(Rule.DISTRICT_REMOVED, "adding a district in a new version of the reference data",
                    c -> {
                        ObjectNode district = ((ArrayNode) c.districts().get("districts")).addObject();
                        district.put("code", "KHATLON.NEW_DISTRICT").put("regionCode", "KHATLON").put("kind", "DISTRICT");
                        ((ObjectNode) c.districts()).put("version", "2027-01-15.1");
                    }),
            passes(Rule.DISTRICT_REGION_CHANGED, "renaming a district",
                    c -> at(c.districts(), "/districts/0/name").put("en", "Ismoili Somoni district")),
            passes(Rule.CURRENT_SCHEMA_REJECTS_RECORDED_EVENT, "recorded events lacking a property added as optional",
                    c -> addOptionalProperty(schema(c, "CenterClosed.v1"), "closedBy")),
            passes(Rule.RELEASED_SCHEMA_REJECTS_CURRENT_EVENT, "writing a property the released schema does not know",
                    c -> {
                        addOptionalProperty(schema(c, "CenterOpened.v1"), "ceremonyHeld");
                        ((ObjectNode) c.fixtures().get("CenterOpened.v1")).put("ceremonyHeld", "yes");
                    }));

    static List<Mutation> breakingEdits() {
        return BREAKING;
    }

    static List<Mutation> compatibleEdits() {
        return COMPATIBLE;
    }

    @ParameterizedTest(name = "{0} is a breaking change")
    @MethodSource("breakingEdits")
    void aBreakingEditIsReportedWithItsEventTypePointerAndRule(Mutation mutation) {
        List<Breaking> reported = checkAfter(mutation);
        Breaking breaking = reported.stream()
                .filter(b -> b.rule() == mutation.rule() && b.about().equals(mutation.about())
                        && b.pointer().equals(mutation.pointer()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("expected " + mutation.rule() + " in " + mutation.about() + " at #"
                        + mutation.pointer() + ", reported:\n" + lines(reported)));
        String message = breaking.toString();
        assertTrue(message.contains(mutation.about()) && message.contains("#" + mutation.pointer())
                && message.contains(mutation.rule().name()), message);
    }

    @ParameterizedTest(name = "{0} passes")
    @MethodSource("compatibleEdits")
    void aCompatibleEditPasses(Mutation mutation) {
        List<Breaking> reported = checkAfter(mutation);
        assertEquals(List.of(), reported, () -> lines(reported));
    }

    @Test
    void everyRuleIsProvedByABreakingAndACompatibleEdit() {
        for (Rule rule : Rule.values()) {
            assertTrue(BREAKING.stream().anyMatch(m -> m.rule() == rule), "a breaking edit for " + rule);
            assertTrue(COMPATIBLE.stream().anyMatch(m -> m.rule() == rule), "a compatible edit for " + rule);
        }
    }

    @AfterAll
    static void printTheMutationCount() {
        System.out.printf("Compatibility gate: %d rules, %d mutations applied (%d breaking, %d compatible)%n",
                Rule.values().length, MUTATIONS_APPLIED.get(), BREAKING.size(), COMPATIBLE.size());
    }

    private static List<Breaking> checkAfter(Mutation mutation) {
        Contract edited = RELEASED.copy();
        mutation.edit().accept(edited);
        MUTATIONS_APPLIED.incrementAndGet();
        return CompatibilityGate.check(RELEASED, edited);
    }

    /** An edit of the released contract; a compatible one expects no report, so it names no event type or pointer. */
    record Mutation(String behaviour, Rule rule, String about, String pointer, Consumer<Contract> edit) {
        @Override
        public String toString() {
            return behaviour;
        }
    }

    private static Mutation breaks(Rule rule, String about, String pointer, String behaviour, Consumer<Contract> edit) {
        return new Mutation(behaviour, rule, about, pointer, edit);
    }

    private static Mutation passes(Rule rule, String behaviour, Consumer<Contract> edit) {
        return new Mutation(behaviour, rule, null, null, edit);
    }

    /** A new schema file, message and ce_type: the way SPEC §8 publishes a breaking change. */
    private static void publishCenterOpenedV2BesideV1(Contract contract) {
        ObjectNode schema = schema(contract, "CenterOpened.v1").deepCopy();
        schema.put("$id", "https://hamkori.org/schemas/CenterOpened.v2.schema.json");
        renameProperty(schema, "openedOn", "openedAt");
        at(schema, "/properties/openedAt").put("format", "date-time");
        contract.schemas().put("CenterOpened.v2", schema);
        ObjectNode fixture = (ObjectNode) contract.fixtures().get("CenterOpened.v1").deepCopy();
        fixture.remove("openedOn");
        fixture.put("openedAt", "2021-06-21T09:00:00Z");
        contract.fixtures().put("CenterOpened.v2", fixture);
        ObjectNode message = message(contract, "CenterOpened").deepCopy();
        message.put("name", "CenterOpenedV2");
        ceType(message).put("const", "org.hamkori.centers.CenterOpened.v2");
        at(message, "/payload/schema").put("$ref", "../schemas/CenterOpened.v2.schema.json");
        at(contract.asyncApi(), "/components/messages").set("CenterOpenedV2", message);
        at(contract.asyncApi(), "/channels/centersEvents/messages").putObject("CenterOpenedV2")
                .put("$ref", "#/components/messages/CenterOpenedV2");
    }

    private static ObjectNode schema(Contract contract, String eventType) {
        return (ObjectNode) contract.schemas().get(eventType);
    }

    private static ObjectNode property(Contract contract, String eventType, String name) {
        return at(schema(contract, eventType), "/properties/" + name);
    }

    private static ObjectNode message(Contract contract, String name) {
        return at(contract.asyncApi(), "/components/messages/" + name);
    }

    private static ObjectNode ceType(ObjectNode message) {
        return at(message, "/headers/allOf/1/properties/ce_type");
    }

    private static ObjectNode at(JsonNode document, String pointer) {
        return (ObjectNode) document.at(pointer);
    }

    private static ArrayNode array(JsonNode document, String pointer) {
        return (ArrayNode) document.at(pointer);
    }

    private static ArrayNode required(ObjectNode schema) {
        return (ArrayNode) schema.get("required");
    }

    private static void addOptionalProperty(ObjectNode schema, String name) {
        ((ObjectNode) schema.get("properties")).putObject(name).put("type", "string");
    }

    private static void removeProperty(ObjectNode schema, String name) {
        ((ObjectNode) schema.get("properties")).remove(name);
        removeText(required(schema), name);
    }

    private static void renameProperty(ObjectNode schema, String name, String newName) {
        ((ObjectNode) schema.get("properties")).set(newName, ((ObjectNode) schema.get("properties")).remove(name));
        removeText(required(schema), name);
        required(schema).add(newName);
    }

    private static void removeText(ArrayNode array, String text) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (array.get(i).asText().equals(text)) {
                array.remove(i);
            }
        }
    }

    private static String lines(List<Breaking> breakings) {
        return breakings.stream().map(Breaking::toString).collect(Collectors.joining("\n"));
    }
}
