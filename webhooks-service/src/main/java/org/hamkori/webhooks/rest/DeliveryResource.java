package org.hamkori.webhooks.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.contract.EventType;
import org.hamkori.kit.problem.ProblemException;
import org.hamkori.kit.rest.IdOf;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.rest.QueryParams;
import org.hamkori.kit.validation.ProgrammeDates;
import org.hamkori.webhooks.DeliveryStatus;
import org.hamkori.webhooks.repository.DeliveryRepository;
import org.hamkori.webhooks.rest.EndpointRequests.RecoveryWindow;
import org.hamkori.webhooks.service.DeliveryService;
import org.jboss.resteasy.reactive.RestResponse;

/** An endpoint's delivery log, and sending again (SPEC §12). */
@Path("/webhooks/endpoints/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries")
@RolesAllowed("${hamkori.access.webhooks}")
public class DeliveryResource {

    @Inject
    DeliveryService service;

    @Inject
    Caller caller;

    @GET
    @Path("/deliveries")
    @Operation(summary = "The endpoint's deliveries, newest first, each with its attempts; filtered by status, event"
            + " type and when they were queued (from, to: ISO instants or dates)")
    public Page<DeliveryView> log(@PathParam("id") @IdOf("Endpoint") UUID id, @QueryParam("status") String status,
            @QueryParam("eventType") String eventType, @QueryParam("from") String from, @QueryParam("to") String to,
            @BeanParam PageRequest page) {
        String type = QueryParams.text(eventType);
        if (type != null && EventType.byCeType(type).isEmpty()) {
            throw ProblemException.invalidField("eventType", "unknown event type " + type
                    + "; see GET /webhooks/event-types");
        }
        var filter = new DeliveryRepository.Filter(id, QueryParams.enumValue("status", status, DeliveryStatus.class),
                type, instant("from", from), instant("to", to));
        return service.log(caller.owner(), filter, page.validated()).map(DeliveryView::of);
    }

    @POST
    @Path("/deliveries/{deliveryId}/redelivery")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Send one delivery again now, whatever became of it")
    public DeliveryView redeliver(@PathParam("id") @IdOf("Endpoint") UUID id,
            @PathParam("deliveryId") @IdOf("Delivery") UUID deliveryId) {
        return DeliveryView.of(service.redeliver(caller.owner(), id, deliveryId));
    }

    @POST
    @Path("/recovery")
    @Operation(summary = "Send again every delivery queued in [since, until); older than the log keeps, the topics"
            + " are read again")
    @APIResponse(responseCode = "202", description = "What the recovery set going: deliveries re-queued from the log,"
            + " and the part of the window read again from the topics, if any",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeliveryService.Recovery.class)))
    public RestResponse<DeliveryService.Recovery> recover(@PathParam("id") @IdOf("Endpoint") UUID id,
            @NotNull @Valid RecoveryWindow window) {
        Instant since = required("since", window.since());
        Instant until = required("until", window.until());
        return RestResponse.accepted(service.recover(caller.owner(), id, since, until));
    }

    private static Instant required(String name, String value) {
        Instant instant = instant(name, value);
        if (instant == null) {
            throw ProblemException.invalidField(name, "must not be blank");
        }
        return instant;
    }

    /** An ISO-8601 instant, or a date meaning its start (UTC), within the programme's dates like every date. */
    private static Instant instant(String name, String value) {
        String text = QueryParams.text(value);
        if (text == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                instant = LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw ProblemException.invalidField(name, "must be an ISO-8601 instant such as 2021-06-21T08:00:00Z"
                        + " or a date such as 2021-06-21");
            }
        }
        if (!ProgrammeDates.contains(LocalDate.ofInstant(instant, ZoneOffset.UTC))) {
            throw ProblemException.invalidField(name, ProgrammeDates.rule());
        }
        return instant;
    }
}
