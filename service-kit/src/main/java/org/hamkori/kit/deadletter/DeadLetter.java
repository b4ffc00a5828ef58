package org.hamkori.kit.deadletter;

import java.time.Instant;

/**
 * A dead-lettered record as the admin sees it: where it was, what it claimed to be, why it could not be applied
 * (payload shortened), and what its last re-drive gave.
 */
public record DeadLetter(long id, String topic, Integer partition, Long offset, String key, String eventId,
        String eventType, String reason, String cause, String exception, String payload, Instant deadLetteredAt,
        int redrives, Instant lastRedriveAt, String lastRedriveOutcome, String lastRedriveReason) {
}
