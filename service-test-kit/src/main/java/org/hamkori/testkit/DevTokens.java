package org.hamkori.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Signs development and test JWTs (RS256) with the dev private key of {@code /dev-jwt/privateKey.pem}.
 * The services accept them with their bundled dev public key ({@code mp.jwt.verify.issuer=hamkori-dev}).
 * For local development and tests only: production verifies against its own key
 * ({@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}, {@code MP_JWT_VERIFY_ISSUER}).
 *
 * <p>Uses only the JDK, so that it also runs as a single-file program from the repository root:
 * <pre>java service-test-kit/src/main/java/org/hamkori/testkit/DevTokens.java coordinator</pre>
 * which prints the bare token (this is what {@code ./hamkori token <role>} does).
 */
public final class DevTokens {

    /** Issuer of every dev token. */
    public static final String ISSUER = "hamkori-dev";

    /** The roles of the platform (the {@code groups} claim). */
    public static final List<String> ROLES = List.of("admin", "coordinator", "trainer", "analyst", "partner");

    /** Lifetime of a token from {@link #token(String...)}. */
    public static final Duration LIFETIME = Duration.ofHours(8);

    static final String RESOURCE = "/dev-jwt/privateKey.pem";
    static final String SOURCE_PATH = "service-test-kit/src/main/resources/dev-jwt/privateKey.pem";

    private static volatile PrivateKey key;

    private DevTokens() {
    }

    /**
     * A token valid for {@link #LIFETIME} with the given roles in {@code groups} and subject/upn
     * {@code dev-<roles joined by '-'>} (e.g. {@code dev-coordinator}); no roles gives subject {@code dev-user}
     * and an empty {@code groups}, handy to test a 403.
     */
    public static String token(String... roles) {
        String subject = roles.length == 0 ? "dev-user" : "dev-" + String.join("-", roles);
        return tokenFor(subject, roles);
    }

    /** A token valid for {@link #LIFETIME} for the given subject (also the {@code upn}) and roles. */
    public static String tokenFor(String subject, String... roles) {
        Instant now = Instant.now();
        return sign(subject, now, now.plus(LIFETIME), roles);
    }

    /** A token whose {@code exp} lies an hour in the past (to test that expired tokens get a 401). */
    public static String expiredToken(String... roles) {
        Instant issued = Instant.now().minus(Duration.ofHours(9));
        String subject = roles.length == 0 ? "dev-user" : "dev-" + String.join("-", roles);
        return sign(subject, issued, issued.plus(LIFETIME), roles);
    }

    /** Signs a token with explicit times; {@code subject} is both {@code sub} and {@code upn}. */
    public static String sign(String subject, Instant issuedAt, Instant expiresAt, String... roles) {
        StringBuilder groups = new StringBuilder("[");
        for (int i = 0; i < roles.length; i++) {
            if (i > 0) {
                groups.append(',');
            }
            groups.append(json(roles[i]));
        }
        groups.append(']');
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = "{"
                + "\"iss\":" + json(ISSUER)
                + ",\"sub\":" + json(subject)
                + ",\"upn\":" + json(subject)
                + ",\"groups\":" + groups
                + ",\"iat\":" + issuedAt.getEpochSecond()
                + ",\"exp\":" + expiresAt.getEpochSecond()
                + ",\"jti\":" + json(UUID.randomUUID().toString())
                + "}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(privateKey());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a dev token", e);
        }
    }

    /** Prints the bare token for the role {@code args[0]} on stdout and nothing else. */
    public static void main(String[] args) {
        if (args.length != 1 || !ROLES.contains(args[0])) {
            System.err.println("usage: DevTokens <role>   (role: " + String.join(", ", ROLES) + ")");
            System.exit(2);
        }
        System.out.println(token(args[0]));
    }

    static PrivateKey privateKey() {
        PrivateKey k = key;
        if (k == null) {
            synchronized (DevTokens.class) {
                k = key;
                if (k == null) {
                    k = parse(readPem());
                    key = k;
                }
            }
        }
        return k;
    }

    private static String readPem() {
        try (InputStream in = DevTokens.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
        // single-file launch: no classpath resource; look for the source file from the working
        // directory upwards (the repository root, or any module directory below it)
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(SOURCE_PATH);
            if (Files.isRegularFile(candidate)) {
                try {
                    return Files.readString(candidate, StandardCharsets.US_ASCII);
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read " + candidate, e);
                }
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("dev private key not found: neither the classpath resource " + RESOURCE
                + " nor " + SOURCE_PATH + " from " + Path.of("").toAbsolutePath());
    }

    private static PrivateKey parse(String pem) {
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IllegalStateException("the dev key must be a PKCS#8 PEM (BEGIN PRIVATE KEY)");
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("invalid dev private key", e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
