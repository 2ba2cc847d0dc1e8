package loa.sms;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Cuts an encoded text into segment payloads, never between the octets of one unit. */
final class SegmentCutter {
    private SegmentCutter() {
    }

    /** One payload when the whole text fits a single SMS, else as many parts as it takes. */
    static List<byte[]> cut(SmsEncoding encoding, List<byte[]> units) {
        int octets = units.stream().mapToInt(unit -> unit.length).sum();
        int capacity = octets <= encoding.wholeCapacity() ? encoding.wholeCapacity() : encoding.partCapacity();
        List<byte[]> payloads = new ArrayList<>();
        ByteArrayOutputStream payload = new ByteArrayOutputStream(capacity);
        for (byte[] unit : units) {
            if (payload.size() + unit.length > capacity) {
                payloads.add(payload.toByteArray());
                payload.reset();
            }
            payload.writeBytes(unit);
        }
        payloads.add(payload.toByteArray());
        return payloads;
    }
}
