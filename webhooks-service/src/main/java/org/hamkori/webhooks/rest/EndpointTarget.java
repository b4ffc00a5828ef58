package org.hamkori.webhooks.rest;

import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.hamkori.kit.rest.CommandTarget;
import org.hamkori.kit.rest.IdOf;

/** The endpoint a command changes: {@code /webhooks/endpoints/{id}} and If-Match. */
public class EndpointTarget extends CommandTarget<UUID> {

    @PathParam("id")
    @IdOf("Endpoint")
    UUID id;

    @Override
    public UUID id() {
        return id;
    }
}
