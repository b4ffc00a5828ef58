package org.hamkori.kit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens already verified, by their exact text, each until it expires but never longer than
 * {@link #LONGEST_TRUST} (a token with a long or forged lifetime is verified again, so a withdrawn key stops working
 * within that time), and never more than {@link #CAPACITY_CHARS} characters of tokens in all (the least recently used
 * going first): a flood of large distinct tokens cannot grow the heap. A token that fails verification is not
 * remembered, and none past its expiry.
 */
final class RememberedTokens {

    /** About 16 MB of token text: some 10,000 signed-in users' tokens of 800 characters. */
    static final long CAPACITY_CHARS = 8_000_000;

    static final Duration LONGEST_TRUST = Duration.ofMinutes(5);

    /** Verifies a token, as SmallRye JWT's parser does. */
    @FunctionalInterface
    interface Verification {
        JsonWebToken verify(String token) throws ParseException;
    }

    private final Supplier<Instant> now;
    private final Cache<String, JsonWebToken> verified;

    RememberedTokens() {
        this(Ticker.systemTicker(), Instant::now);
    }

    /** With the clocks given: Caffeine's for the entries' age, {@code now} to compare with a token's expiry. */
    RememberedTokens(Ticker ticker, Supplier<Instant> now) {
        this.now = now;
        this.verified = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumWeight(CAPACITY_CHARS)
                .weigher((String token, JsonWebToken jwt) -> token.length())
                .expireAfter(new UntilTokenExpires())
                .build();
    }

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

    /** The characters of all remembered tokens (the weight the capacity bounds). */
    long rememberedChars() {
        return verified.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    void cleanUp() {
        verified.cleanUp();
    }

    private final class UntilTokenExpires implements Expiry<String, JsonWebToken> {

        @Override
        public long expireAfterCreate(String token, JsonWebToken jwt, long currentTime) {
            Duration left = Duration.between(now.get(), Instant.ofEpochSecond(jwt.getExpirationTime()));
            return left.isNegative() ? 0 : Math.min(left.toNanos(), LONGEST_TRUST.toNanos());
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
