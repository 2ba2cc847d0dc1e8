package loa.harness.rtp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The little of SDP (RFC 4566) that loa's media needs: one IPv4 connection address, one audio
 * stream over RTP/AVP with its payload types, their rtpmap and fmtp attributes, and the direction.
 */
public record Sdp(String address, int port, List<Integer> payloadTypes, Map<Integer, String> rtpmaps,
                  Map<Integer, String> fmtps, String direction) {

    /** RFC 3264 §5: a description's media must be sendrecv unless the call says otherwise. */
    public static final String SENDRECV = "sendrecv";
    /** The Content-Type of an SDP body in SIP (RFC 3261 §13.2.1). */
    public static final String CONTENT_TYPE = "application/sdp";

    private static final AtomicLong SESSION_IDS = new AtomicLong(System.currentTimeMillis());

    public Sdp {
        payloadTypes = List.copyOf(payloadTypes);
        rtpmaps = Map.copyOf(rtpmaps);
        fmtps = Map.copyOf(fmtps);
    }

    /** The offer loa's endpoints make (DESIGN.md): PCMA, PCMU and telephone-event 0-16. */
    public static Sdp offer(String address, int port) {
        int events = TelephoneEvent.DEFAULT_PAYLOAD_TYPE;
        Map<Integer, String> rtpmaps = new LinkedHashMap<>();
        rtpmaps.put(G711.PCMA.payloadType(), G711.PCMA.rtpmap());
        rtpmaps.put(G711.PCMU.payloadType(), G711.PCMU.rtpmap());
        rtpmaps.put(events, TelephoneEvent.RTPMAP);
        return new Sdp(address, port, List.copyOf(rtpmaps.keySet()), rtpmaps,
                Map.of(events, TelephoneEvent.FMTP_EVENTS), SENDRECV);
    }

    /** The answer to this offer from {@code address:port}: its first G.711 codec and its telephone-event. */
    public Optional<Sdp> answer(String address, int port) {
        return negotiate().map(format -> answerWith(format, address, port));
    }

    /** What this description's sender can receive, in its order of preference; empty without G.711. */
    public Optional<MediaFormat> negotiate() {
        return payloadTypes.stream().filter(pt -> codecOf(pt) != null).findFirst()
                .map(pt -> new MediaFormat(codecOf(pt), pt, eventPayloadType()));
    }

    /** Parses an SDP body; lines loa does not need are ignored. */
    public static Sdp parse(String text) {
        return SdpParser.parse(text);
    }

    /** The SDP body, lines ending in CRLF. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        long session = SESSION_IDS.incrementAndGet();
        line(out, "v=0");
        line(out, "o=loa " + session + " " + session + " IN IP4 " + address);
        line(out, "s=loa");
        line(out, "c=IN IP4 " + address);
        line(out, "t=0 0");
        line(out, "m=audio " + port + " RTP/AVP " + String.join(" ", payloadTypes.stream().map(String::valueOf).toList()));
        payloadTypes.stream().filter(rtpmaps::containsKey).forEach(pt -> line(out, "a=rtpmap:" + pt + " " + rtpmaps.get(pt)));
        payloadTypes.stream().filter(fmtps::containsKey).forEach(pt -> line(out, "a=fmtp:" + pt + " " + fmtps.get(pt)));
        line(out, "a=ptime:20");
        line(out, "a=" + direction);
        return out.toString();
    }

    private Sdp answerWith(MediaFormat format, String address, int port) {
        Map<Integer, String> rtpmaps = new LinkedHashMap<>();
        rtpmaps.put(format.audioPayloadType(), format.codec().rtpmap());
        Map<Integer, String> fmtps = new LinkedHashMap<>();
        if (format.hasEvents()) {
            rtpmaps.put(format.eventPayloadType(), TelephoneEvent.RTPMAP);
            fmtps.put(format.eventPayloadType(), TelephoneEvent.FMTP_EVENTS);
        }
        return new Sdp(address, port, List.copyOf(rtpmaps.keySet()), rtpmaps, fmtps, SENDRECV);
    }

    private G711 codecOf(int payloadType) {
        String rtpmap = rtpmaps.get(payloadType);
        return rtpmap != null ? G711.ofRtpmap(rtpmap) : G711.ofPayloadType(payloadType);
    }

    private int eventPayloadType() {
        return payloadTypes.stream().filter(pt -> TelephoneEvent.RTPMAP.equalsIgnoreCase(rtpmaps.getOrDefault(pt, "")))
                .findFirst().orElse(MediaFormat.NO_EVENTS);
    }

    private static void line(StringBuilder out, String line) {
        out.append(line).append("\r\n");
    }
}
