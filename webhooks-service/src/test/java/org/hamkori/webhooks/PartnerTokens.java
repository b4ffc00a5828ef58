package org.hamkori.webhooks;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import org.hamkori.testkit.DevTokens;

/**
 * Tokens of a partner organisation: the {@code partner} role and a {@code partner_code} claim, signed like
 * {@link DevTokens} by the test key pair the service under test trusts (service-test-kit keeps it in a system
 * property of the test JVM).
 */
final class PartnerTokens {

    private static final String PRIVATE_KEY_PROPERTY = "hamkori.testkit.jwt.private-key";

    private PartnerTokens() {
    }

    static String partner(String partnerCode) {
        DevTokens.publicKeyLocation(); // makes the key pair if no token was made yet
        return Jwt.issuer(DevTokens.ISSUER).audience(DevTokens.AUDIENCE).subject("partner-" + partnerCode)
                .upn("partner-" + partnerCode).groups(Set.of("partner")).claim("partner_code", partnerCode)
                .expiresIn(3600).sign(privateKey());
    }

    private static PrivateKey privateKey() {
        try {
            byte[] key = Base64.getDecoder().decode(System.getProperty(PRIVATE_KEY_PROPERTY));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(key));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
