package org.hamkori.training;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Certificate numbers such as {@code HMK-7F3K-9QX2}: eight random characters from an alphabet without
 * look-alikes (no 0/O or 1/I/L; no U, as in Crockford's base 32), so they are short to type yet not sequential and hard to
 * guess (30⁸ ≈ 6.6·10¹¹ numbers).
 */
public final class CertificateNumber {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("HMK-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateNumber() {
    }

    public static String random() {
        StringBuilder number = new StringBuilder("HMK-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                number.append('-');
            }
            number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }

    /** A number as typed, in its canonical form: trimmed and upper-case ({@code hmk-7f3k-9qx2} is found too). */
    public static String canonical(String typed) {
        return typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
    }

    public static boolean isWellFormed(String canonical) {
        return FORMAT.matcher(canonical).matches();
    }
}
