package org.hamkori.kit.security;

/** The roles of SPEC §2, carried in the JWT's {@code groups} claim. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String COORDINATOR = "coordinator";
    public static final String TRAINER = "trainer";
    public static final String ANALYST = "analyst";
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
