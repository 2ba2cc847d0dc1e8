package loa.sms;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A text as it goes over SMPP: its encoding and its segments. A text that fits one SMS is one
 * plain segment; a longer one is cut into concatenated segments, never inside an escape pair
 * or a surrogate pair. Pure and immutable.
 */
public final class SmsText {
    /** A concatenated message numbers its segments in one octet (3GPP TS 23.040 §9.2.3.24.1). */
    public static final int MAX_SEGMENTS = 255;

    private final String text;
    private final SmsEncoding encoding;
    private final List<byte[]> payloads;

    private SmsText(String text, SmsEncoding encoding, List<byte[]> payloads) {
        this.text = text;
        this.encoding = encoding;
        this.payloads = List.copyOf(payloads);
    }

    /** @throws IllegalArgumentException when the text needs more than 255 segments */
    public static SmsText of(String text) {
        SmsEncoding encoding = SmsEncoding.of(text);
        List<byte[]> payloads = SegmentCutter.cut(encoding, encoding.units(text));
        if (payloads.size() > MAX_SEGMENTS) {
            throw new IllegalArgumentException("a text of " + text.length() + " characters needs " + payloads.size()
                    + " " + encoding + " segments; at most " + MAX_SEGMENTS + " make one message");
        }
        return new SmsText(text, encoding, payloads);
    }

    public String text() {
        return text;
    }

    public SmsEncoding encoding() {
        return encoding;
    }

    public int segmentCount() {
        return payloads.size();
    }

    /**
     * The submit_sm contents in order. The reference is ignored for a single segment; for
     * several it must be 0-255 with a UDH and 0-65535 with SAR, and differ from that of other
     * messages recently sent to the same subscriber.
     */
    public List<SmsSegment> segments(Concatenation concatenation, int reference) {
        if (payloads.size() == 1) {
            return List.of(SmsSegment.whole(encoding, payloads.get(0)));
        }
        concatenation.checkReference(reference);
        return IntStream.range(0, payloads.size())
                .mapToObj(i -> concatenation.segment(encoding, reference, payloads.size(), i + 1, payloads.get(i)))
                .toList();
    }
}
