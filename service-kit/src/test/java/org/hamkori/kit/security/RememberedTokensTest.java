package org.hamkori.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class RememberedTokensTest {

    private final RememberedTokens tokens = new RememberedTokens();
    private final AtomicInteger verifications = new AtomicInteger();

    @Test
    void aTokenVerifiedOnceIsNotVerifiedAgainUntilItExpires() throws Exception {
        JsonWebToken first = tokens.verified("token-a", validFor(300));
        JsonWebToken second = tokens.verified("token-a", validFor(300));

        assertSame(first, second);
        assertEquals(1, verifications.get());
    }

    @Test
    void differentTokensAreEachVerified() throws Exception {
        tokens.verified("token-a", validFor(300));
        tokens.verified("token-b", validFor(300));

        assertEquals(2, verifications.get());
    }

    @Test
    void aTokenThatFailsVerificationIsVerifiedAgainEveryTime() {
        RememberedTokens.Verification forged = token -> {
            verifications.incrementAndGet();
            throw new ParseException("bad signature");
        };

        assertThrows(ParseException.class, () -> tokens.verified("forged", forged));
        assertThrows(ParseException.class, () -> tokens.verified("forged", forged));

        assertEquals(2, verifications.get());
    }

    @Test
    void anExpiredTokenIsNeverRemembered() throws Exception {
        tokens.verified("expired", validFor(-1));
        tokens.verified("expired", validFor(-1));

        assertEquals(2, verifications.get());
    }

    /** A verification that counts itself and answers a token expiring {@code seconds} from now. */
    private RememberedTokens.Verification validFor(long seconds) {
        return token -> {
            verifications.incrementAndGet();
            return token(Instant.now().plusSeconds(seconds));
        };
    }

    private static JsonWebToken token(Instant expiresAt) {
        Map<String, Object> claims = Map.of("exp", expiresAt.getEpochSecond(), "sub", "someone");
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }
}
