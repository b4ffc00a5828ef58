package org.hamkori.kit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens already verified, by their exact text, each until it expires (at most {@link #CAPACITY}, the least
 * recently used going first). A token that fails verification is not remembered, and none past its expiry.
 */
final class RememberedTokens {

    /** Enough for every signed-in user of a programme; beyond it the least recently used are verified again. */
    static final int CAPACITY = 10_000;

    /** Verifies a token, as SmallRye JWT's parser does. */
    @FunctionalInterface
    interface Verification {
        JsonWebToken verify(String token) throws ParseException;
    }

    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder()
            .maximumSize(CAPACITY)
            .expireAfter(new UntilTokenExpires())
            .build();

    /** The token as verified before, or as {@code verification} verifies it now. */
    JsonWebToken verified(String token, Verification verification) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JsonWebToken fresh = verification.verify(token);
        verified.put(token, fresh);
        return fresh;
    }

    private static final class UntilTokenExpires implements Expiry<String, JsonWebToken> {

        @Override
        public long expireAfterCreate(String token, JsonWebToken jwt, long currentTime) {
            Duration left = Duration.between(Instant.now(), Instant.ofEpochSecond(jwt.getExpirationTime()));
            return left.isNegative() ? 0 : left.toNanos();
        }

        @Override
        public long expireAfterUpdate(String token, JsonWebToken jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }

        @Override
        public long expireAfterRead(String token, JsonWebToken jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
