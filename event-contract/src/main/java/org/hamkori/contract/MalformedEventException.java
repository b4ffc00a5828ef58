package org.hamkori.contract;

/** A record that cannot be read as an event of the contract; consumers dead-letter it. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }
}
