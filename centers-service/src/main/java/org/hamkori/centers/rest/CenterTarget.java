package org.hamkori.centers.rest;

import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.hamkori.kit.rest.CommandTarget;
import org.hamkori.kit.rest.IdOf;

/** The centre a command changes: {@code /centers/{id}} and If-Match. */
public class CenterTarget extends CommandTarget<UUID> {

    @PathParam("id")
    @IdOf("Centre")
    UUID id;

    @Override
    public UUID id() {
        return id;
    }
}
