package org.hamkori.scenario;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What one run did to the services: resources created, creates answered with the first result (already loaded
 * before), and state changes applied. A second run of the same scenario creates and changes nothing.
 */
public final class Activity {

    private final AtomicLong created = new AtomicLong();
    private final AtomicLong replayed = new AtomicLong();
    private final AtomicLong changed = new AtomicLong();

    void recordCreate(boolean wasReplayed) {
        (wasReplayed ? replayed : created).incrementAndGet();
    }

    void recordChange() {
        changed.incrementAndGet();
    }

    public long created() {
        return created.get();
    }

    public long replayed() {
        return replayed.get();
    }

    public long changed() {
        return changed.get();
    }

    @Override
    public String toString() {
        return String.format("%,d created, %,d already there, %,d state changes", created(), replayed(), changed());
    }
}
