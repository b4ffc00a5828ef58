package org.hamkori.kit.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One write (or read of personal data) as the audit trail keeps it (SPEC §11).
 *
 * @param at             the time of the writing transaction
 * @param actor          the caller's user name ({@code preferred_username}, else {@code upn}, else the subject);
 *                       {@code system} for what the service did on its own
 * @param role           the caller's roles that allowed the operation, comma-separated
 * @param changes        {@code {field: [before, after]}}, only the fields that changed
 * @param personalFields the keys of {@code changes} that are personal data; shown as {@code "***"} to roles that may
 *                       not read it
 * @param eventId        the {@code ce_id} of the event the write published, if it published one
 * @param requestId      the request's {@code X-Request-Id}
 */
@Schema(description = "Who changed what: one write, or one read of personal data (action READ_PERSONAL_DATA)")
public record AuditEntry(Instant at, String actor, String role, String aggregate, String id, Long version,
        String action, Map<String, List<Object>> changes, List<String> personalFields, UUID eventId,
        String requestId) {

    public static final String MASK = "***";

    /** The entry with every personal value (not its absence) replaced by {@link #MASK}. */
    public AuditEntry masked() {
        if (personalFields.isEmpty()) {
            return this;
        }
        Map<String, List<Object>> shown = new LinkedHashMap<>(changes);
        for (String field : personalFields) {
            List<Object> values = shown.get(field);
            if (values != null) {
                shown.put(field, values.stream().map(value -> value == null ? null : (Object) MASK).toList());
            }
        }
        return new AuditEntry(at, actor, role, aggregate, id, version, action, shown, personalFields, eventId,
                requestId);
    }
}
