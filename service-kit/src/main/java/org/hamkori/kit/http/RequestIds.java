package org.hamkori.kit.http;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request has an id (SPEC §11): the caller's {@code X-Request-Id} when it is a plain token, else one made here;
 * it is sent back in the answer's header and recorded with the audit entries the request caused.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** Letters, digits and {@code . _ : -}: nothing that could forge a log line or a CSV formula. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private RequestIds() {
    }

    /** The given id when it is plain, else a new one. */
    public static String acceptOrCreate(String given) {
        return given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
