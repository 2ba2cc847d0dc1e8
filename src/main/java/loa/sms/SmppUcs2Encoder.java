package loa.sms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every text in UCS-2 (data_coding 8): 70 characters in one segment, else as many as fit beside
 * the concatenation header, never splitting a surrogate pair. Stands in until the package's
 * own text encoding (GSM-7 when the text fits it) is wired in.
 */
final class SmppUcs2Encoder implements SmppTextEncoder {
    static final int DATA_CODING_UCS2 = 0x08;
    /** SMPP 3.4 §5.2.21 / 3GPP TS 23.040: the user data of one SMS. */
    static final int SHORT_MESSAGE_OCTETS = 140;
    private static final int OCTETS_PER_CHAR = 2;

    @Override
    public SmppEncodedText encode(String text, int headerOctets) {
        if (text.length() * OCTETS_PER_CHAR <= SHORT_MESSAGE_OCTETS) {
            return new SmppEncodedText(DATA_CODING_UCS2, List.of(ucs2(text)));
        }
        int perSegment = (SHORT_MESSAGE_OCTETS - headerOctets) / OCTETS_PER_CHAR;
        List<byte[]> segments = new ArrayList<>();
        for (int from = 0; from < text.length(); ) {
            int to = Math.min(text.length(), from + perSegment);
            if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
            segments.add(ucs2(text.substring(from, to)));
            from = to;
        }
        return new SmppEncodedText(DATA_CODING_UCS2, segments);
    }

    private static byte[] ucs2(String text) {
        return text.getBytes(StandardCharsets.UTF_16BE);
    }
}
