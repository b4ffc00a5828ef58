package org.hamkori.webhooks;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/**
 * A signing secret as it is stored: AES-GCM ciphertext that only {@code SecretBox} opens. Its text never shows the
 * bytes, so that an audit entry records that an endpoint's secret changed (a registration, a rotation) and nothing of
 * the secret.
 */
public final class SealedSecret {

    private final byte[] ciphertext;

    public SealedSecret(byte[] ciphertext) {
        this.ciphertext = ciphertext.clone();
    }

    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedSecret sealed && Arrays.equals(ciphertext, sealed.ciphertext);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "(sealed)";
    }

    /** Stored as the ciphertext's bytes ({@code bytea}). */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<SealedSecret, byte[]> {

        @Override
        public byte[] convertToDatabaseColumn(SealedSecret secret) {
            return secret == null ? null : secret.ciphertext();
        }

        @Override
        public SealedSecret convertToEntityAttribute(byte[] column) {
            return column == null ? null : new SealedSecret(column);
        }
    }
}
