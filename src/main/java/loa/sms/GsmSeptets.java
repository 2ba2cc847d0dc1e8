package loa.sms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038 §6.2.1 and §6.2.1.1),
 * written the way SMPP carries data_coding 0: one septet per octet, unpacked. Packing septets
 * into octets is the SMSC's business on the air interface, not ours.
 */
final class GsmSeptets {
    /** The default alphabet, sixteen septets a row from 0x00; 0x1B is the escape, not a character. */
    private static final String[] DEFAULT_ALPHABET = {
        "@£$¥èéùìòÇ\nØø\rÅå",
        "Δ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ",
        " !\"#¤%&'()*+,-./",
        "0123456789:;<=>?",
        "¡ABCDEFGHIJKLMNO",
        "PQRSTUVWXYZÄÖÑÜ§",
        "¿abcdefghijklmno",
        "pqrstuvwxyzäöñüà",
    };
    /** TS 23.038 §6.2.1.1: an extension character costs two septets, the escape and its code. */
    static final int ESCAPE = 0x1B;
    private static final Map<Character, byte[]> SEPTETS = septets();

    private GsmSeptets() {
    }

    /** True when every character of the text has a septet, in the default alphabet or its extension. */
    static boolean encodes(String text) {
        return text.chars().allMatch(c -> SEPTETS.containsKey((char) c));
    }

    /** One unit per character: a single septet, or an escape pair that must travel in one segment. */
    static List<byte[]> units(String text) {
        List<byte[]> units = new ArrayList<>(text.length());
        for (int at = 0; at < text.length(); at++) {
            byte[] septets = SEPTETS.get(text.charAt(at));
            if (septets == null) {
                throw new IllegalArgumentException("'" + text.charAt(at) + "' at " + at + " is not in the GSM 7-bit alphabet");
            }
            units.add(septets);
        }
        return units;
    }

    private static Map<Character, byte[]> septets() {
        Map<Character, byte[]> septets = new HashMap<>();
        for (int septet = 0; septet < 0x80; septet++) {
            char c = DEFAULT_ALPHABET[septet / 16].charAt(septet % 16);
            if (septet != ESCAPE) {
                septets.put(c, new byte[] {(byte) septet});
            }
        }
        extension(septets, '\f', 0x0A);
        extension(septets, '^', 0x14);
        extension(septets, '{', 0x28);
        extension(septets, '}', 0x29);
        extension(septets, '\\', 0x2F);
        extension(septets, '[', 0x3C);
        extension(septets, '~', 0x3D);
        extension(septets, ']', 0x3E);
        extension(septets, '|', 0x40);
        extension(septets, '€', 0x65);
        return Map.copyOf(septets);
    }

    private static void extension(Map<Character, byte[]> septets, char c, int code) {
        septets.put(c, new byte[] {ESCAPE, (byte) code});
    }
}
