package org.hamkori.kit.inbox;

import java.util.List;
import java.util.Set;

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
