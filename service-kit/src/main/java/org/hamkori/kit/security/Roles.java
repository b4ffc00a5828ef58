package org.hamkori.kit.security;

/**
 * The role of the kit's own administration endpoints (dead letters, parked outbox events). Each service declares
 * who may use its operations once, in its {@code hamkori.access.*} configuration.
 */
public final class Roles {
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
