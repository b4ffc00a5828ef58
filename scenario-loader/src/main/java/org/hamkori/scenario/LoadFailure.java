package org.hamkori.scenario;

/** The scenario could not be loaded: a service refused a request, was unreachable, or did not catch up in time. */
public class LoadFailure extends RuntimeException {

    public LoadFailure(String message) {
        super(message);
    }

    public LoadFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
