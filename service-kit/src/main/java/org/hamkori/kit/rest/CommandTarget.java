package org.hamkori.kit.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.hamkori.kit.domain.ExpectedVersion;

/**
 * What a command changes, as its request names it ({@code @BeanParam}): the aggregate's id in the path and, in
 * If-Match, the versions the client read it at (SPEC §2). The id's path parameter and what it names ("Centre") differ
 * from one resource to another, so a service declares each of its targets as a subclass holding the annotated id,
 * e.g. {@code @PathParam("id") @IdOf("Centre") UUID id}.
 *
 * @param <I> the id's type: a UUID, or what else the path names the aggregate by (a certificate's number)
 */
public abstract class CommandTarget<I> {

    @HeaderParam(HttpHeaders.IF_MATCH)
    String ifMatch;

    public abstract I id();

    /** Any version when If-Match is absent or {@code *}; a tag naming no version matches none (a 412 at the edge). */
    public ExpectedVersion expectedVersion() {
        return Versions.expected(ifMatch);
    }
}
