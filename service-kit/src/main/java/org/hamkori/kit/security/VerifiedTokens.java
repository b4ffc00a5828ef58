package org.hamkori.kit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers the bearer tokens already verified, by their exact text, until each expires. Verifying a token (reading
 * its JSON, checking its RS256 signature and its claims) costs more than the rest of a cheap request, and a client
 * sends the same token with every request until it expires. A token that fails verification is not remembered, and
 * none is remembered past its expiry; a token signed with a key the issuer has since withdrawn stays accepted until
 * then, as it would be by a service that verified it a moment earlier.
 */
@Decorator
@Priority(1)
public abstract class VerifiedTokens implements JWTParser {

    /** Enough for every signed-in user of a programme; beyond it the least recently used are verified again. */
    static final int CAPACITY = 10_000;

    @Inject
    @Delegate
    @Any
    JWTParser parser;

    private final Cache<String, JsonWebToken> verified = Caffeine.newBuilder()
            .maximumSize(CAPACITY)
            .expireAfter(new UntilTokenExpires())
            .build();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JsonWebToken fresh = parser.parse(token);
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
