package org.hamkori.kit.domain;

/** The client changed from a copy older than the aggregate's current version; answered as a 412 problem. */
public class StaleVersion extends RuntimeException {

    /** The versions the client expected, as it stated them. */
    public final String expected;
    public final long current;

    public StaleVersion(String expected, long current) {
        super("Expected version " + expected + " but the current version is " + current);
        this.expected = expected;
        this.current = current;
    }
}
