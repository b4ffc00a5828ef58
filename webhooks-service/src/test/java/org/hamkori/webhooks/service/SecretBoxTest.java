package org.hamkori.webhooks.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hamkori.webhooks.SealedSecret;
import org.hamkori.webhooks.Settings;
import org.hamkori.webhooks.SigningSecret;
import org.junit.jupiter.api.Test;

/** Signing secrets at rest (AES-GCM) and the key the service cannot start without. */
class SecretBoxTest {

    private static final String KEY = "dGVzdHMtb25seS13ZWJob29rcy1lbmNyeXB0LWtleTE=";

    @Test
    void withoutItsEncryptionKeyTheServiceDoesNotStartAndSaysWhichVariableToSet() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new SecretBox(Settings.of(false, Optional.empty())));
        assertTrue(refused.getMessage().startsWith("HAMKORI_WEBHOOKS_ENCRYPTION_KEY is not set"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> new SecretBox(Settings.of(false, Optional.of("c2hvcnQ="))),
                "a key that is not 32 bytes");
    }

    @Test
    void aSealedSecretIsNotStoredInClearAndOpensToItself() {
        SecretBox box = new SecretBox(Settings.of(false, Optional.of(KEY)));
        SigningSecret secret = SigningSecret.generate();
        SealedSecret sealed = box.seal(secret);
        assertFalse(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1).contains(secret.value().substring(6, 20)));
        assertFalse(sealed.toString().contains(secret.value().substring(6, 20)), "its text never shows the secret");
        assertEquals(secret, box.open(sealed));
        assertNotEquals(sealed, box.seal(secret), "a fresh nonce each time");
    }
}
