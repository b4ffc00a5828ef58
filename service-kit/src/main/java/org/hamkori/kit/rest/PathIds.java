package org.hamkori.kit.rest;

import java.util.UUID;
import org.hamkori.kit.problem.ProblemException;

/** A path segment that is not a UUID names no resource: 404, not a server error. */
public final class PathIds {

    private PathIds() {
    }

    public static UUID uuid(String what, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound(what, value);
        }
    }
}
