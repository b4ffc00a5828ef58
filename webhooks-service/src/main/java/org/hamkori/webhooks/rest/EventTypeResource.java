package org.hamkori.webhooks.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.contract.EventType;

/** The event types an endpoint may subscribe to: the contract's catalogue (SPEC §8). */
@Path("/webhooks/event-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Event types")
@RolesAllowed("${hamkori.access.webhooks}")
public class EventTypeResource {

    /** One type: its {@code ce_type}, its name, the topic and the source it comes from. */
    public record EventTypeView(String type, String name, String topic, String source) {
    }

    public record EventTypes(List<EventTypeView> items) {
    }

    @GET
    @Operation(summary = "The event types an endpoint may subscribe to (ce_type values)")
    public EventTypes list() {
        return new EventTypes(Arrays.stream(EventType.values()).map(t -> new EventTypeView(t.ceType(), t.eventName(),
                t.context().topic(), t.context().source())).toList());
    }
}
