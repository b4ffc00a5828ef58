package org.hamkori.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private final AtomicInteger verifications = new AtomicInteger();

    @Test
    void aTokenVerifiedOnceIsNotVerifiedAgainUntilItExpires() throws Exception {
        VerifiedTokens tokens = tokens(text -> token(Instant.now().plusSeconds(300)));

        JsonWebToken first = tokens.parse("token-a");
        JsonWebToken second = tokens.parse("token-a");

        assertSame(first, second);
        assertEquals(1, verifications.get());
    }

    @Test
    void differentTokensAreEachVerified() throws Exception {
        VerifiedTokens tokens = tokens(text -> token(Instant.now().plusSeconds(300)));

        tokens.parse("token-a");
        tokens.parse("token-b");

        assertEquals(2, verifications.get());
    }

    @Test
    void aTokenThatFailsVerificationIsVerifiedAgainEveryTime() {
        VerifiedTokens tokens = tokens(text -> {
            throw new IllegalStateException("bad signature");
        });

        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertThrows(ParseException.class, () -> tokens.parse("forged"));

        assertEquals(2, verifications.get());
    }

    @Test
    void anExpiredTokenIsNeverRemembered() throws Exception {
        VerifiedTokens tokens = tokens(text -> token(Instant.now().minusSeconds(1)));

        tokens.parse("expired");
        tokens.parse("expired");

        assertEquals(2, verifications.get());
    }

    /** The decorator over a parser that counts its verifications and answers with {@code verify}. */
    private VerifiedTokens tokens(Function<String, JsonWebToken> verify) {
        VerifiedTokens tokens = new VerifiedTokens() {
            @Override
            public JsonWebToken parse(String token, io.smallrye.jwt.auth.principal.JWTAuthContextInfo context) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken verify(String token, java.security.PublicKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken verify(String token, javax.crypto.SecretKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken verify(String token, String secret) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken decrypt(String token, java.security.PrivateKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken decrypt(String token, javax.crypto.SecretKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken decrypt(String token, String secret) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken parseOnly(String token) {
                throw new UnsupportedOperationException();
            }
        };
        tokens.parser = (JWTParser) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JWTParser.class},
                (proxy, method, args) -> {
                    verifications.incrementAndGet();
                    try {
                        return verify.apply((String) args[0]);
                    } catch (IllegalStateException e) {
                        throw new ParseException(e.getMessage());
                    }
                });
        return tokens;
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
