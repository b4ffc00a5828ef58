package org.hamkori.training.rest;

import jakarta.ws.rs.PathParam;
import org.hamkori.kit.rest.CommandTarget;

/** The certificate a command changes, by its number: {@code /certificates/{number}} and If-Match. */
public class CertificateTarget extends CommandTarget<String> {

    @PathParam("number")
    String number;

    @Override
    public String id() {
        return number;
    }
}
