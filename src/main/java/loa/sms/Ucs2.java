package loa.sms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * UCS-2 as SMSCs and handsets actually read it: UTF-16 big-endian, so a character beyond the
 * Basic Multilingual Plane (an emoji) is a surrogate pair of four octets.
 */
final class Ucs2 {
    private Ucs2() {
    }

    /** One unit per code point: two octets, or four for a surrogate pair that must not be split. */
    static List<byte[]> units(String text) {
        List<byte[]> units = new ArrayList<>(text.length());
        for (int at = 0; at < text.length(); at += Character.charCount(text.codePointAt(at))) {
            int codePoint = text.codePointAt(at);
            if (Character.isBmpCodePoint(codePoint) && Character.isSurrogate(text.charAt(at))) {
                throw new IllegalArgumentException("an unpaired surrogate at " + at + " has no UCS-2 form");
            }
            units.add(Character.toString(codePoint).getBytes(StandardCharsets.UTF_16BE));
        }
        return units;
    }
}
