package org.hamkori.groups.rest;

import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.hamkori.kit.rest.CommandTarget;
import org.hamkori.kit.rest.IdOf;

/** The group a command changes: {@code /groups/{id}} and If-Match. */
public class GroupTarget extends CommandTarget<UUID> {

    @PathParam("id")
    @IdOf("Group")
    UUID id;

    @Override
    public UUID id() {
        return id;
    }
}
