package loa.harness.smsc;

import java.nio.charset.StandardCharsets;

/** Reads a message's octets as text by its data_coding (SMPP 3.4 §5.2.19). */
final class TextDecoder {
    static final int SMSC_DEFAULT_ALPHABET = 0x00;
    static final int IA5 = 0x01;
    static final int LATIN_1 = 0x03;
    static final int UCS2 = 0x08;

    private TextDecoder() {
    }

    /** Codings without a text reading (binary, pictograms) are shown one character per octet. */
    static String decode(int dataCoding, byte[] octets) {
        return switch (dataCoding) {
            case SMSC_DEFAULT_ALPHABET -> GsmAlphabet.decode(octets);
            case IA5 -> new String(octets, StandardCharsets.US_ASCII);
            case LATIN_1 -> new String(octets, StandardCharsets.ISO_8859_1);
            case UCS2 -> new String(octets, StandardCharsets.UTF_16BE);
            default -> new String(octets, StandardCharsets.ISO_8859_1);
        };
    }
}
