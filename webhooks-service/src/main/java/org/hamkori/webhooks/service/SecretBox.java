package org.hamkori.webhooks.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.hamkori.webhooks.SealedSecret;
import org.hamkori.webhooks.SigningSecret;
import org.hamkori.webhooks.WebhooksConfig;

/**
 * Keeps the endpoints' signing secrets encrypted at rest (AES-256-GCM, a fresh 12-byte nonce per secret, stored
 * before the ciphertext), with the key of {@code HAMKORI_WEBHOOKS_ENCRYPTION_KEY}. The service does not start
 * without a valid key, so no secret is ever stored in clear or under a default key.
 */
@ApplicationScoped
@Startup
public class SecretBox {

    static final String VARIABLE = "HAMKORI_WEBHOOKS_ENCRYPTION_KEY";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecretBox(WebhooksConfig config) {
        String encoded = config.encryptionKey().filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                VARIABLE + " is not set: webhooks-service encrypts the endpoints' signing secrets with it. Set it to"
                        + " 32 random bytes in base64, e.g. the output of 'openssl rand -base64 32', and keep it"
                        + " with the database's backups (without it the stored secrets cannot be read)"));
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(VARIABLE + " is not base64: " + e.getMessage());
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(VARIABLE + " must be 32 bytes in base64 (AES-256), not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public SealedSecret seal(SigningSecret secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.value().getBytes(StandardCharsets.UTF_8));
            return new SealedSecret(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a signing secret", e);
        }
    }

    public SigningSecret open(SealedSecret secret) {
        byte[] sealed = secret.ciphertext();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return new SigningSecret(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a signing secret: was " + VARIABLE + " changed?", e);
        }
    }
}
