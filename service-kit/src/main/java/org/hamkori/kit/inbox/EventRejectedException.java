package org.hamkori.kit.inbox;

/** An event that is well formed but cannot be applied (e.g. it names an aggregate never seen); dead-lettered. */
public class EventRejectedException extends RuntimeException {
    public EventRejectedException(String message) {
        super(message);
    }
}
