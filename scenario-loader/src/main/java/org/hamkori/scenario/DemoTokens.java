package org.hamkori.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo users' access tokens, each signed in at Keycloak when first asked for and again a minute before it expires:
 * the realm's tokens live five minutes, and loading the demo programme or running the system tests takes longer.
 */
public final class DemoTokens {

    private static final Duration MARGIN = Duration.ofMinutes(1);

    private final Map<String, Signed> signedIn = new ConcurrentHashMap<>();

    /** A token of the demo user of {@code role} valid for at least another minute. */
    public String of(String role) {
        return signedIn.compute(role, (r, signed) -> signed != null && signed.expiresAt().minus(MARGIN).isAfter(Instant.now())
                ? signed : signIn(r)).token();
    }

    private static Signed signIn(String role) {
        String token = DemoSignIn.token(role);
        return new Signed(token, DemoSignIn.expiresAt(token));
    }

    private record Signed(String token, Instant expiresAt) {
    }
}
