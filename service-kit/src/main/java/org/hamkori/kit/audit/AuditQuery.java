package org.hamkori.kit.audit;

import java.time.Instant;

/** The filters of the audit search; each is left out when null. {@code to} is exclusive. */
public record AuditQuery(String actor, String aggregate, String id, Instant from, Instant to, String requestId) {

    /** One record's entries. */
    public static AuditQuery of(String aggregate, String id) {
        return new AuditQuery(null, aggregate, id, null, null, null);
    }
}
