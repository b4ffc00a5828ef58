package org.hamkori.training.rest;

import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.hamkori.kit.rest.CommandTarget;
import org.hamkori.kit.rest.IdOf;

/** The session a command changes: {@code /sessions/{id}} and If-Match. */
public class SessionTarget extends CommandTarget<UUID> {

    @PathParam("id")
    @IdOf("Session")
    UUID id;

    @Override
    public UUID id() {
        return id;
    }
}
