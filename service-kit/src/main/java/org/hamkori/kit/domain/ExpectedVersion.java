package org.hamkori.kit.domain;

import java.util.Set;

/**
 * The versions a change was made from. A change is refused ({@link StaleVersion}) when the aggregate has
 * moved on to a version the client did not see; {@link #ANY} accepts every version.
 */
public final class ExpectedVersion {

    public static final ExpectedVersion ANY = new ExpectedVersion(null, "*");

    private final Set<Long> versions;
    private final String stated;

    private ExpectedVersion(Set<Long> versions, String stated) {
        this.versions = versions;
        this.stated = stated;
    }

    /** One of {@code versions}; {@code stated} is how the client put it, for the refusal's message. */
    public static ExpectedVersion oneOf(Set<Long> versions, String stated) {
        return new ExpectedVersion(Set.copyOf(versions), stated);
    }

    public void check(long currentVersion) {
        if (versions != null && !versions.contains(currentVersion)) {
            throw new StaleVersion(stated, currentVersion);
        }
    }
}
