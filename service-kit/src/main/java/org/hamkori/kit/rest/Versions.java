package org.hamkori.kit.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamkori.kit.domain.ExpectedVersion;

/** Strong ETags from resource versions and the If-Match precondition (SPEC §2). */
public final class Versions {

    /** The tags this suite sends: a version as written by {@link #etag}, without leading zeros. */
    private static final Pattern STRONG_VERSION_TAG = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(etag(version)).build();
    }

    public static Response created(URI location, Object body, long version) {
        return Response.created(location).entity(body).tag(etag(version)).build();
    }

    /**
     * The versions an If-Match header accepts: any when it is absent or {@code *}, otherwise those it
     * lists as strong tags (a weak or unknown tag matches none).
     */
    public static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return ExpectedVersion.ANY;
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : ifMatch.split(",")) {
            Matcher strong = STRONG_VERSION_TAG.matcher(tag.trim());
            if (strong.matches()) {
                versions.add(Long.parseLong(strong.group(1)));
            }
        }
        return ExpectedVersion.oneOf(versions, ifMatch.trim());
    }
}
