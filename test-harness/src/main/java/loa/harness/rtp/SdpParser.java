package loa.harness.rtp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the lines of an SDP body (RFC 4566 §5) that {@link Sdp} keeps; the first audio stream only. */
final class SdpParser {
    private String sessionAddress;
    private String mediaAddress;
    private int port = -1;
    private final List<Integer> payloadTypes = new ArrayList<>();
    private final Map<Integer, String> rtpmaps = new HashMap<>();
    private final Map<Integer, String> fmtps = new HashMap<>();
    private String direction = Sdp.SENDRECV;
    private boolean inAudio;
    private boolean audioSeen;

    private SdpParser() {
    }

    static Sdp parse(String text) {
        SdpParser parser = new SdpParser();
        text.lines().map(String::strip).filter(l -> l.length() > 2 && l.charAt(1) == '=').forEach(parser::line);
        return parser.result();
    }

    private void line(String line) {
        String value = line.substring(2);
        switch (line.charAt(0)) {
            case 'c' -> connection(value);
            case 'm' -> media(value);
            case 'a' -> attribute(value);
            default -> { }
        }
    }

    private void connection(String value) {
        String[] parts = value.split("\\s+");
        if (parts.length < 3 || !"IP4".equals(parts[1])) {
            throw new IllegalArgumentException("SDP: only IPv4 connection addresses are understood: c=" + value);
        }
        String address = parts[2].split("/")[0];
        if (inAudio) {
            mediaAddress = address;
        } else if (!audioSeen) {
            sessionAddress = address;
        }
    }

    private void media(String value) {
        inAudio = !audioSeen && value.startsWith("audio ");
        if (!inAudio) {
            return;
        }
        audioSeen = true;
        String[] parts = value.split("\\s+");
        port = Integer.parseInt(parts[1].split("/")[0]);
        for (int i = 3; i < parts.length; i++) {
            payloadTypes.add(Integer.parseInt(parts[i]));
        }
    }

    private void attribute(String value) {
        if (!inAudio && audioSeen) {
            return;
        }
        if (value.startsWith("rtpmap:")) {
            put(rtpmaps, value.substring(7));
        } else if (value.startsWith("fmtp:")) {
            put(fmtps, value.substring(5));
        } else if (value.matches("sendrecv|sendonly|recvonly|inactive")) {
            direction = value;
        }
    }

    private static void put(Map<Integer, String> map, String value) {
        String[] parts = value.split("\\s+", 2);
        if (parts.length == 2) {
            map.put(Integer.parseInt(parts[0]), parts[1].strip());
        }
    }

    private Sdp result() {
        String address = mediaAddress != null ? mediaAddress : sessionAddress;
        if (!audioSeen || address == null) {
            throw new IllegalArgumentException("SDP without an audio stream and its connection address");
        }
        return new Sdp(address, port, payloadTypes, rtpmaps, fmtps, direction);
    }
}
