package org.hamkori.kit.domain;

/** An aggregate with an optimistic-locking version: its ETag and its events' {@code ce_sequence}. */
public interface VersionedAggregate {
    long currentVersion();
}
