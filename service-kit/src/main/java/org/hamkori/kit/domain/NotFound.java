package org.hamkori.kit.domain;

/** What a use case was asked about does not exist; answered as a 404 problem at the edge. */
public class NotFound extends RuntimeException {

    /** {@code what} names the kind of record ("Centre"), {@code id} the one asked for. */
    public NotFound(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
