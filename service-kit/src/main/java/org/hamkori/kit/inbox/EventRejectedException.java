package org.hamkori.kit.inbox;

import org.hamkori.kit.failure.PermanentFailure;

/** An event that is well formed but can never be applied (e.g. it lacks a field the service needs); dead-lettered. */
public class EventRejectedException extends RuntimeException implements PermanentFailure {
    public EventRejectedException(String message) {
        super(message);
    }

    public EventRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
