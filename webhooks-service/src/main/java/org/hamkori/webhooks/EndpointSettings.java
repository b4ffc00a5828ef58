package org.hamkori.webhooks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.hamkori.contract.EventType;
import org.hamkori.kit.domain.FieldViolation;
import org.hamkori.kit.domain.InvalidValues;

/**
 * What a partner chooses for an endpoint: where it is, which event types it receives ({@code ce_type} values; none
 * named = every type), the optional region or district of the events it receives, and a description.
 */
public record EndpointSettings(String url, List<String> eventTypes, String regionCode, String districtCode,
        String description) {

    public EndpointSettings {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(new LinkedHashSet<>(eventTypes));
    }

    /** Refuses an URL the service may not call and event types the contract does not know, naming each. */
    public EndpointSettings validated(boolean allowPrivateAddresses) {
        List<FieldViolation> violations = new ArrayList<>();
        EndpointAddresses.refusal(url, allowPrivateAddresses)
                .ifPresent(reason -> violations.add(new FieldViolation("url", reason)));
        for (int i = 0; i < eventTypes.size(); i++) {
            if (EventType.byCeType(eventTypes.get(i)).isEmpty()) {
                violations.add(new FieldViolation("eventTypes[" + i + "]", "unknown event type " + eventTypes.get(i)
                        + "; see GET /webhooks/event-types"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValues("endpoint", violations);
        }
        return this;
    }
}
