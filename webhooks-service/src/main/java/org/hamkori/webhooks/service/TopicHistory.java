package org.hamkori.webhooks.service;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The programme's topics read again for a time window, as a recovery needs them, stated here so that the use cases
 * depend on no adapter: {@code messaging/TopicReplay} reads them.
 */
public interface TopicHistory {

    /** Hands the records published in [since, until) to {@code chunk}, a poll's worth at a time, in the background. */
    void replay(String name, Instant since, Instant until, Consumer<List<ConsumerRecord<String, byte[]>>> chunk);
}
