package org.hamkori.groups.rest;

import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.hamkori.kit.rest.CommandTarget;
import org.hamkori.kit.rest.IdOf;

/**
 * The group a command on one of its members, meetings or safety issues changes: {@code /groups/{groupId}/…} and
 * If-Match on the group, whose version every such change moves.
 */
public class GroupOfPartTarget extends CommandTarget<UUID> {

    @PathParam("groupId")
    @IdOf("Group")
    UUID groupId;

    @Override
    public UUID id() {
        return groupId;
    }
}
