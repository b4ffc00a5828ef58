package org.hamkori.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class RememberedTokensTest {

    private final AtomicLong elapsedNanos = new AtomicLong();
    private final Instant start = Instant.now();
    private final RememberedTokens tokens = new RememberedTokens(elapsedNanos::get,
            () -> start.plusNanos(elapsedNanos.get()));
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

    @Test
    void aTokenIsTrustedForFiveMinutesAtMostThenVerifiedAgain() throws Exception {
        tokens.verified("long-lived", validFor(3600));
        later(RememberedTokens.LONGEST_TRUST.minusSeconds(1));
        tokens.verified("long-lived", validFor(3600));
        assertEquals(1, verifications.get());

        later(Duration.ofSeconds(2));
        tokens.verified("long-lived", validFor(3600));
        assertEquals(2, verifications.get());
    }

    @Test
    void aTokenIsForgottenWhenItExpires() throws Exception {
        tokens.verified("short-lived", validFor(60));
        later(Duration.ofSeconds(61));
        tokens.verified("short-lived", validFor(60));

        assertEquals(2, verifications.get());
    }

    @Test
    void theRememberedTokensNeverHoldMoreTextThanTheirCapacity() throws Exception {
        String large = "x".repeat(1_000_000);
        for (int i = 0; i < 20; i++) {
            tokens.verified(i + large, validFor(300));
        }
        tokens.cleanUp();

        assertTrue(tokens.rememberedChars() <= RememberedTokens.CAPACITY_CHARS,
                "remembered " + tokens.rememberedChars() + " characters");
    }

    private void later(Duration duration) {
        elapsedNanos.addAndGet(duration.toNanos());
    }

    /** A verification that counts itself and answers a token expiring {@code seconds} from now. */
    private RememberedTokens.Verification validFor(long seconds) {
        return token -> {
            verifications.incrementAndGet();
            return token(start.plusNanos(elapsedNanos.get()).plusSeconds(seconds));
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
