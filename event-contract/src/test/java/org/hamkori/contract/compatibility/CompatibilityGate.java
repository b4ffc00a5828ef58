package org.hamkori.contract.compatibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The build's answer to "is the current contract an additive change of the released one?" (SPEC §8): the schemas,
 * the AsyncAPI document and the reference data compared rule by rule, and the golden events checked both ways, so a
 * change the rules do not foresee still fails when recorded or current events stop validating.
 */
public final class CompatibilityGate {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig VALIDATION = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();

    private CompatibilityGate() {
    }

    /** Every change from {@code released} to {@code current} that is not additive; empty when there is none. */
    public static List<Breaking> check(Contract released, Contract current) {
        List<Breaking> breakings = new ArrayList<>();
        released.schemas().forEach((eventType, schema) -> {
            JsonNode schemaNow = current.schemas().get(eventType);
            if (schemaNow == null) {
                breakings.add(new Breaking(eventType, "", Rule.EVENT_TYPE_REMOVED,
                        "its schema is gone; a breaking change is a new …v2 type published beside v1"));
            } else {
                breakings.addAll(SchemaCompatibility.compare(eventType, schema, schemaNow));
            }
        });
        breakings.addAll(AsyncApiCompatibility.compare(released.asyncApi(), current.asyncApi()));
        breakings.addAll(ReferenceDataCompatibility.compare(released.districts(), current.districts()));
        released.fixtures().forEach((eventType, recorded) -> {
            if (current.schemas().containsKey(eventType)) {
                breakings.addAll(violations(eventType, current.schemas().get(eventType), recorded,
                        Rule.CURRENT_SCHEMA_REJECTS_RECORDED_EVENT));
            }
        });
        // fields added since the release pass only because the released schemas leave additionalProperties open
        current.fixtures().forEach((eventType, written) -> {
            if (released.schemas().containsKey(eventType)) {
                breakings.addAll(violations(eventType, released.schemas().get(eventType), written,
                        Rule.RELEASED_SCHEMA_REJECTS_CURRENT_EVENT));
            }
        });
        return breakings;
    }

    private static List<Breaking> violations(String eventType, JsonNode schema, JsonNode event, Rule rule) {
        return SCHEMAS.getSchema(schema, VALIDATION).validate(event).stream()
                .map(violation -> new Breaking(eventType, violation.getInstanceLocation().toString(), rule,
                        violation.getMessage()))
                .toList();
    }
}
