package org.hamkori.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hamkori.scenario.DemoSignIn;

/** Access tokens of the demo users from the local Keycloak, signed in once per role and reused while fresh. */
final class SignIn {

    /** Well within the realm's access token lifespan (one hour). */
    private static final Duration REUSE_FOR = Duration.ofMinutes(20);
    private static final Map<String, Signed> TOKENS = new ConcurrentHashMap<>();

    private SignIn() {
    }

    static String token(String role) {
        return TOKENS.compute(role, (r, signed) -> signed != null && signed.at().plus(REUSE_FOR).isAfter(Instant.now())
                ? signed : new Signed(DemoSignIn.token(r), Instant.now())).token();
    }

    private record Signed(String token, Instant at) {
    }
}
