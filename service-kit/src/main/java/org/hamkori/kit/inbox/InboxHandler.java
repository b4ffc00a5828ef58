package org.hamkori.kit.inbox;

import java.util.Set;

/**
 * What a service does with the events of some topics, in the inbox's transaction. The live consumer and the re-drive
 * of a dead letter apply a record through the same handler.
 */
public interface InboxHandler {

    /** The topics whose events this handler applies. */
    Set<String> topics();

    /** Applies the event; throws {@link EventRejectedException} for an event that can never apply. */
    void apply(InboundEvent event);
}
