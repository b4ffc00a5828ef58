package org.hamkori.contract.compatibility;

/** What the compatibility gate forbids within a released major version (SPEC §8: changes within v1 are additive). */
public enum Rule {
    // JSON Schemas of payloads (and of AsyncAPI headers)
    PROPERTY_REMOVED("a property was removed or renamed"),
    TYPE_CHANGED("a type was changed"),
    FORMAT_CHANGED("a format was changed"),
    PROPERTY_MADE_REQUIRED("a property is required that was not"),
    REQUIRED_PROPERTY_MADE_OPTIONAL("a property that was always present may be missing"),
    ENUM_VALUE_REMOVED("an allowed value was removed"),
    CONSTRAINT_TIGHTENED("a constraint accepts less than before"),
    ADDITIONAL_PROPERTIES_CLOSED("an object no longer accepts properties it does not know"),
    // AsyncAPI document
    EVENT_TYPE_REMOVED("an event type was removed, or its ce_type carries another payload schema"),
    TOPIC_CHANGED("a topic was removed or renamed, or an event moved to another topic"),
    MESSAGE_KEY_CHANGED("a message's record key was removed or changed"),
    REQUIRED_HEADER_REMOVED("a required header was removed or made optional"),
    // reference data
    REGION_REMOVED("a region code was removed"),
    DISTRICT_REMOVED("a district code was removed"),
    DISTRICT_REGION_CHANGED("a district moved to another region"),
    // recorded events, both ways
    CURRENT_SCHEMA_REJECTS_RECORDED_EVENT("an event recorded under the released schema does not validate against the current one"),
    RELEASED_SCHEMA_REJECTS_CURRENT_EVENT("an event written today does not validate against the released schema");

    private final String meaning;

    Rule(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
