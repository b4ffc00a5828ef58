package org.hamkori.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs test JWTs (RS256) shaped like the identity provider's: roles in {@code groups}, audience
 * {@code hamkori-api}, issuer {@link #ISSUER}. The key pair is generated once per test JVM; no key is
 * stored anywhere. Services under test trust its public half through {@link TestTokenTrust}, a
 * configuration source that this kit puts on every test class path.
 */
public final class DevTokens {

    /** Issuer of every test token. */
    public static final String ISSUER = "hamkori-test";

    /** Audience every token for the services carries. */
    public static final String AUDIENCE = "hamkori-api";

    /** The roles of the platform (the {@code groups} claim). */
    public static final List<String> ROLES = List.of("admin", "coordinator", "trainer", "analyst", "partner");

    /** Lifetime of a token from {@link #token(String...)}. */
    public static final Duration LIFETIME = Duration.ofHours(8);

    // System properties: @QuarkusTest loads classes in more than one class loader, the JVM has one key pair.
    static final String PRIVATE_KEY_PROPERTY = "hamkori.testkit.jwt.private-key";
    static final String PUBLIC_KEY_LOCATION_PROPERTY = "hamkori.testkit.jwt.public-key-location";

    private DevTokens() {
    }

    /**
     * A token valid for {@link #LIFETIME} with the given roles in {@code groups} and subject/upn
     * {@code dev-<roles joined by '-'>} (e.g. {@code dev-coordinator}); no roles gives subject {@code dev-user}
     * and an empty {@code groups}, handy to test a 403.
     */
    public static String token(String... roles) {
        return tokenFor(subject(roles), roles);
    }

    /** A token valid for {@link #LIFETIME} for the given subject (also the {@code upn}) and roles. */
    public static String tokenFor(String subject, String... roles) {
        Instant now = Instant.now();
        return sign(subject, now, now.plus(LIFETIME), roles);
    }

    /**
     * A token valid for {@link #LIFETIME} for the given subject and roles with further claims, e.g.
     * {@code Map.of("preferred_username", "coordinator-khatlon", "regions", List.of("KHATLON"))}: a value is a text,
     * a number, a boolean or a list of texts.
     */
    public static String tokenFor(String subject, Map<String, ?> claims, String... roles) {
        Instant now = Instant.now();
        String standard = claims(ISSUER, AUDIENCE, subject, now, now.plus(LIFETIME), roles);
        StringBuilder extra = new StringBuilder();
        claims.forEach((name, value) -> extra.append(',').append(json(name)).append(':').append(jsonValue(value)));
        return signWith(trustedKey(), "RS256", standard.substring(0, standard.length() - 1) + extra + "}");
    }

    /** A token whose {@code exp} lies an hour in the past (to test that expired tokens get a 401). */
    public static String expiredToken(String... roles) {
        Instant issued = Instant.now().minus(Duration.ofHours(9));
        return sign(subject(roles), issued, issued.plus(LIFETIME), roles);
    }

    /** Signs a token with explicit times; {@code subject} is both {@code sub} and {@code upn}. */
    public static String sign(String subject, Instant issuedAt, Instant expiresAt, String... roles) {
        return signWith(trustedKey(), "RS256", claims(ISSUER, AUDIENCE, subject, issuedAt, expiresAt, roles));
    }

    /** A token signed by the trusted test key but naming another issuer and audience (each must be a 401). */
    public static String tokenFrom(String issuer, String audience, String... roles) {
        Instant now = Instant.now();
        return signWith(trustedKey(), "RS256", claims(issuer, audience, subject(roles), now, now.plus(LIFETIME), roles));
    }

    /** A token with the right issuer and audience signed by a key nobody trusts. */
    public static String tokenSignedByAnotherKey(String issuer, String... roles) {
        Instant now = Instant.now();
        return signWith(generate().getPrivate(), "RS256",
                claims(issuer, AUDIENCE, subject(roles), now, now.plus(LIFETIME), roles));
    }

    /** An unsigned token ({@code alg: none}) with the right claims. */
    public static String unsignedToken(String issuer, String... roles) {
        Instant now = Instant.now();
        return signWith(null, "none", claims(issuer, AUDIENCE, subject(roles), now, now.plus(LIFETIME), roles));
    }

    /** Where the public half of the test key pair lies (a PEM file in the temporary directory). */
    public static String publicKeyLocation() {
        trustedKey();
        return System.getProperty(PUBLIC_KEY_LOCATION_PROPERTY);
    }

    private static String subject(String... roles) {
        return roles.length == 0 ? "dev-user" : "dev-" + String.join("-", roles);
    }

    private static String claims(String issuer, String audience, String subject, Instant issuedAt, Instant expiresAt,
            String... roles) {
        StringBuilder groups = new StringBuilder("[");
        for (int i = 0; i < roles.length; i++) {
            if (i > 0) {
                groups.append(',');
            }
            groups.append(json(roles[i]));
        }
        groups.append(']');
        return "{"
                + "\"iss\":" + json(issuer)
                + ",\"aud\":" + json(audience)
                + ",\"sub\":" + json(subject)
                + ",\"upn\":" + json(subject)
                + ",\"groups\":" + groups
                + ",\"iat\":" + issuedAt.getEpochSecond()
                + ",\"exp\":" + expiresAt.getEpochSecond()
                + ",\"jti\":" + json(UUID.randomUUID().toString())
                + "}";
    }

    private static String signWith(PrivateKey key, String algorithm, String payload) {
        String header = "{\"alg\":" + json(algorithm) + ",\"typ\":\"JWT\"}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payload.getBytes(StandardCharsets.UTF_8));
        if (key == null) {
            return signingInput + ".";
        }
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    /** The JVM's test key pair, generated on first use; its public half is written to a temporary PEM file. */
    static PrivateKey trustedKey() {
        synchronized (System.getProperties()) {
            String encoded = System.getProperty(PRIVATE_KEY_PROPERTY);
            if (encoded == null) {
                KeyPair pair = generate();
                Path pem = writePublicKey(pair);
                encoded = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
                System.setProperty(PUBLIC_KEY_LOCATION_PROPERTY, pem.toUri().toString());
                System.setProperty(PRIVATE_KEY_PROPERTY, encoded);
            }
            try {
                return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("invalid test key", e);
            }
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a test key pair", e);
        }
    }

    private static Path writePublicKey(KeyPair pair) {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        try {
            Path file = Files.createTempFile("hamkori-test-jwt-", ".pem");
            file.toFile().deleteOnExit();
            return Files.writeString(file, pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the test public key", e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String jsonValue(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Collection<?> values) {
            StringBuilder list = new StringBuilder("[");
            for (Object item : values) {
                list.append(list.length() > 1 ? "," : "").append(json(String.valueOf(item)));
            }
            return list.append(']').toString();
        }
        return json(String.valueOf(value));
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
