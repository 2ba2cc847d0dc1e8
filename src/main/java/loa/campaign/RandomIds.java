package loa.campaign;

import java.security.SecureRandom;

/** Ids for calls, SMS and processes: random, lower-case Crockford base32, 5 bits a character. */
public final class RandomIds {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomIds() {
    }

    /** A new id of {@code length} characters ({@code 5 × length} random bits). */
    public static String next(int length) {
        char[] id = new char[length];
        for (int i = 0; i < length; i++) id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        return new String(id);
    }
}
