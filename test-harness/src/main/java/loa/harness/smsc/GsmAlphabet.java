package loa.harness.smsc;

import java.util.Map;

/**
 * The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038 §6.2.1), read the way
 * SMPP carries data_coding 0: one septet per octet, unpacked.
 */
final class GsmAlphabet {
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final int ESCAPE = 0x1B;
    private static final Map<Integer, Character> EXTENSION = Map.of(
            0x0A, '\f', 0x14, '^', 0x28, '{', 0x29, '}', 0x2F, '\\',
            0x3C, '[', 0x3D, '~', 0x3E, ']', 0x40, '|', 0x65, '€');

    private GsmAlphabet() {
    }

    static String decode(byte[] septets) {
        StringBuilder text = new StringBuilder(septets.length);
        for (int at = 0; at < septets.length; at++) {
            int septet = septets[at] & 0x7F;
            if (septet == ESCAPE && at + 1 < septets.length) {
                text.append(extended(septets[++at] & 0x7F));
            } else {
                text.append(BASIC.charAt(septet));
            }
        }
        return text.toString();
    }

    /** An escape before an undefined code shows the basic character, as TS 23.038 asks. */
    private static char extended(int septet) {
        return EXTENSION.getOrDefault(septet, BASIC.charAt(septet));
    }
}
