package org.hamkori.kit.domain;

/**
 * A well-formed request the domain cannot carry out for a reason outside the record's state (a partner's endpoint that
 * does not answer its validation ping); answered as a 422 problem.
 */
public class Unprocessable extends RuntimeException {
    public Unprocessable(String message) {
        super(message);
    }
}
