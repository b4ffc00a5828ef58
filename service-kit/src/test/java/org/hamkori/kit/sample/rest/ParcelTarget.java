package org.hamkori.kit.sample.rest;

import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.hamkori.kit.rest.CommandTarget;
import org.hamkori.kit.rest.IdOf;

/** The parcel a command changes: {@code /parcels/{id}} and If-Match. */
public class ParcelTarget extends CommandTarget<UUID> {

    @PathParam("id")
    @IdOf("Parcel")
    UUID id;

    @Override
    public UUID id() {
        return id;
    }
}
