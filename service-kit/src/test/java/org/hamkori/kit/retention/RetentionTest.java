package org.hamkori.kit.retention;

import static org.hamkori.kit.sample.ParcelRecords.WITHIN;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hamkori.kit.sample.OutboxRows;
import org.hamkori.kit.sample.OutboxRows.Row;
import org.hamkori.testkit.Eventually;
import org.junit.jupiter.api.Test;

/**
 * Published outbox rows and stored idempotency keys go once older than their configured ages (2 and 3 days in the test
 * service's application.properties).
 */
@QuarkusTest
class RetentionTest {

    @Inject
    OutboxRows outbox;

    @Test
    void publishedRowsAndIdempotencyKeysOlderThanTheirAgesArePrunedAndNothingElse() {
        Instant now = Instant.now();
        Row publishedLongAgo = row();
        Row publishedRecently = row();
        Row parkedLongAgo = row();
        outbox.appendPublished(publishedLongAgo, now.minus(Duration.ofHours(60)));
        outbox.appendPublished(publishedRecently, now.minus(Duration.ofHours(36)));
        outbox.appendParked(parkedLongAgo, now.minus(Duration.ofDays(30)));
        String oldKey = "retention-" + UUID.randomUUID();
        String keyOlderThanTheOutboxAge = "retention-" + UUID.randomUUID();
        outbox.storeIdempotencyKey(oldKey, now.minus(Duration.ofHours(84)));
        outbox.storeIdempotencyKey(keyOlderThanTheOutboxAge, now.minus(Duration.ofHours(60)));

        Eventually.until("the old outbox row and idempotency key pruned", WITHIN,
                () -> !outbox.exists(publishedLongAgo.id()) && !outbox.idempotencyKeyExists(oldKey));

        assertTrue(outbox.exists(publishedRecently.id()), "published 36 h ago, younger than 2 days");
        assertTrue(outbox.exists(parkedLongAgo.id()), "never published: kept until an operator acts");
        assertTrue(outbox.idempotencyKeyExists(keyOlderThanTheOutboxAge), "60 h old, younger than 3 days");
    }

    private static Row row() {
        return Row.of("kit-test.outbox-retention", UUID.randomUUID(), 0, "{}");
    }
}
