package loa.harness.rtp;

import java.nio.ByteBuffer;

/**
 * The payload of one RFC 4733 telephone-event packet (§2.3): event code, end bit, volume and
 * duration in timestamp units. Digits are the DTMF events of §3.2 (0–9, * = 10, # = 11, A–D = 12–15).
 */
public record TelephoneEvent(int event, boolean end, int volume, int duration) {

    /** RFC 4733 §2.3: the payload is four octets. */
    public static final int LENGTH = 4;
    /** The payload type loa offers for telephone-event when the peer has not chosen one. */
    public static final int DEFAULT_PAYLOAD_TYPE = 101;
    /** The SDP rtpmap encoding name (RFC 4733 §7.1.1). */
    public static final String RTPMAP = "telephone-event/8000";
    /** The events loa offers (a=fmtp:101 0-16): the DTMF digits and flash. */
    public static final String FMTP_EVENTS = "0-16";
    /** RFC 4733 §2.5.1.4: the end packet is sent three times. */
    public static final int END_REPEATS = 3;

    private static final String DIGITS = "0123456789*#ABCD";

    public TelephoneEvent {
        if (event < 0 || event > 255 || volume < 0 || volume > 63 || duration < 0 || duration > 0xFFFF) {
            throw new IllegalArgumentException("telephone-event field out of range");
        }
    }

    /** The event of a DTMF key ({@code 0-9 * # A-D}). */
    public static int eventOf(char digit) {
        int code = DIGITS.indexOf(Character.toUpperCase(digit));
        if (code < 0) {
            throw new IllegalArgumentException("not a DTMF key: " + digit);
        }
        return code;
    }

    /** The key of this event, or 0 when it is not a DTMF digit (e.g. flash, 16). */
    public char digit() {
        return event < DIGITS.length() ? DIGITS.charAt(event) : 0;
    }

    public byte[] toBytes() {
        return ByteBuffer.allocate(LENGTH).put((byte) event).put((byte) ((end ? 0x80 : 0) | volume))
                .putShort((short) duration).array();
    }

    public static TelephoneEvent parse(byte[] payload) {
        if (payload.length < LENGTH) {
            throw new IllegalArgumentException("telephone-event payload shorter than 4 octets");
        }
        ByteBuffer in = ByteBuffer.wrap(payload);
        int event = in.get() & 0xFF;
        int flags = in.get() & 0xFF;
        return new TelephoneEvent(event, (flags & 0x80) != 0, flags & 0x3F, in.getShort() & 0xFFFF);
    }
}
