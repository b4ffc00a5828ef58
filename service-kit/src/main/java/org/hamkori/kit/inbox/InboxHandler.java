package org.hamkori.kit.inbox;

import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a service does with the events of some topics, in the inbox's transaction. The live consumer applies a poll's
 * worth of events at a time, the re-drive of a dead letter one record, through the same handler.
 */
public interface InboxHandler {

    /** Runs the application of one event in its own context (its trace, its id in the logs). */
    @FunctionalInterface
    interface EventScope {

        /** No context of its own: the event is applied as it is. */
        EventScope NONE = (event, application) -> application.run();

        void run(InboundEvent event, Runnable application);
    }

    /**
     * The handler that applies the events of these records. A handler that needs more of a record than its parsed
     * event (webhooks-service keeps each payload's bytes and headers) binds them here: the live path hands over a
     * poll's records, a dead letter's re-drive its one record. Itself by default.
     */
    default InboxHandler reading(List<ConsumerRecord<String, byte[]>> records) {
        return this;
    }

    /** The topics whose events this handler applies. */
    Set<String> topics();

    /** Applies the event; throws {@link EventRejectedException} for an event that can never apply. */
    void apply(InboundEvent event);

    /**
     * Applies the events in their order, each inside {@code each}; throws {@link EventRejectedException} when some
     * event can never apply (the inbox then applies the events one by one to tell which). One by one by default.
     */
    default void apply(List<InboundEvent> events, EventScope each) {
        for (InboundEvent event : events) {
            each.run(event, () -> apply(event));
        }
    }
}
