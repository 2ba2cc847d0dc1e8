package loa.harness.smsc;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Joins the accepted segments of concatenated messages, in whatever order they arrive. Segments
 * belong together when they share bind, source, destination, scheme, reference and count, as a
 * handset would group them. Thread-safe.
 */
final class Reassembler {
    /** Incomplete messages kept at most; the oldest is forgotten first, so memory stays bounded. */
    static final int MAX_INCOMPLETE = 10_000;

    private record Key(String systemId, String source, String destination, Concatenation kind, int reference, int total) {
    }

    private record Part(ReceivedPdu pdu, Segment segment) {
    }

    private final Map<Key, Part[]> incomplete = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Part[]> eldest) {
            return size() > MAX_INCOMPLETE;
        }
    };

    /** The whole message when this segment completes one (or is one), else empty. */
    Optional<ReceivedMessage> add(ReceivedPdu pdu) {
        Segment segment = Segment.of(pdu);
        if (!segment.isPart()) {
            return Optional.of(join(new Part[] {new Part(pdu, segment)}));
        }
        Part[] parts = collect(pdu, segment);
        return parts == null ? Optional.empty() : Optional.of(join(parts));
    }

    synchronized int incompleteCount() {
        return incomplete.size();
    }

    synchronized void clear() {
        incomplete.clear();
    }

    /** The complete set of parts once the last one arrives; a repeated segment replaces the first. */
    private synchronized Part[] collect(ReceivedPdu pdu, Segment segment) {
        Key key = new Key(pdu.systemId(), pdu.source().address(), pdu.destination().address(),
                segment.kind(), segment.reference(), segment.total());
        Part[] parts = incomplete.computeIfAbsent(key, k -> new Part[segment.total()]);
        parts[segment.number() - 1] = new Part(pdu, segment);
        for (Part part : parts) {
            if (part == null) {
                return null;
            }
        }
        incomplete.remove(key);
        return parts;
    }

    private static ReceivedMessage join(Part[] parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> ids = new ArrayList<>(parts.length);
        for (Part part : parts) {
            bytes.writeBytes(part.segment().payload());
            ids.add(part.pdu().messageId());
        }
        ReceivedPdu first = parts[0].pdu();
        byte[] octets = bytes.toByteArray();
        return new ReceivedMessage(first.systemId(), first.source(), first.destination(), first.dataCoding(),
                octets, TextDecoder.decode(first.dataCoding(), octets), parts.length, ids, parts[0].segment().kind());
    }
}
