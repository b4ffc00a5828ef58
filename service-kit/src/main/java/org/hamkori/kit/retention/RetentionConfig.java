package org.hamkori.kit.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code hamkori.retention.*}: how long rows that are only kept for a while stay, and how often they are pruned. */
@ConfigMapping(prefix = "hamkori.retention")
public interface RetentionConfig {

    /** Age after which a published outbox row is deleted (it is on the topic; the row only helps diagnosis). */
    @WithDefault("P7D")
    Duration outboxPublished();

    /**
     * Age after which a stored {@code Idempotency-Key} and its response are deleted (they hold personal data); a
     * retry with the key after that creates the resource again.
     */
    @WithDefault("P7D")
    Duration idempotencyKeys();

    /** Rows deleted per transaction. */
    @WithDefault("1000")
    int batchSize();

    /** How often the job runs; read by {@link Retention}'s {@code @Scheduled}. */
    @WithDefault("PT1H")
    Duration interval();
}
