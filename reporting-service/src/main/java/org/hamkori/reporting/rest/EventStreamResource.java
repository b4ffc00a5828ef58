package org.hamkori.reporting.rest;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.reporting.stream.EventStreams;

/** The programme's public events, live, for partners without Kafka. */
@Path("/events")
@Tag(name = "Event feed")
public class EventStreamResource {

    @Inject
    EventStreams streams;

    @Inject
    JsonWebToken token;

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed("${hamkori.access.event-feed}")
    @Blocking
    @Operation(summary = "Server-Sent Events of the public events as they arrive: id = ce_id, event = ce_type,"
            + " data = payload; Last-Event-ID resumes after that event (events of the 30 s before it may come again);"
            + " the stream ends when the token expires (reconnect with a fresh one); one client (token subject) holds at"
            + " most hamkori.reporting.stream.max-per-subject streams at once (3; more is a 429 with Retry-After)")
    public void stream(@HeaderParam("Last-Event-ID") String lastEventId, @Context SseEventSink sink, @Context Sse sse) {
        String client = String.valueOf(token.getSubject() != null ? token.getSubject() : token.getName());
        streams.open(client, lastEventId, Instant.ofEpochSecond(token.getExpirationTime()), sink, sse);
    }
}
