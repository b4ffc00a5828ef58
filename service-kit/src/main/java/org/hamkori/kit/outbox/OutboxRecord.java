package org.hamkori.kit.outbox;

import java.time.Instant;
import java.util.UUID;
import org.hamkori.kit.repository.SqlValues;

/** One pending row of the outbox, as the relay reads it. */
record OutboxRecord(long position, UUID id, String eventType, String topic, String source, UUID subject,
        long sequence, Instant occurredAt, String payload, String traceparent) {

    static OutboxRecord fromRow(Object[] row) {
        return new OutboxRecord(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2], (String) row[3],
                (String) row[4], (UUID) row[5], ((Number) row[6]).longValue(), SqlValues.instant(row[7]), (String) row[8],
                (String) row[9]);
    }
}
