package loa.harness.rtp;

import java.util.Arrays;

/**
 * The two G.711 codecs (ITU-T G.711; RTP payload names of RFC 3551 §4.5.14): one octet a sample,
 * 8,000 samples a second, so a 20 ms packet carries 160 octets.
 */
public enum G711 {
    /** A-law: static payload type 8 (RFC 3551 table 4). */
    PCMA(8) {
        @Override
        public byte encode(short sample) {
            return G711Tables.linearToAlaw(sample);
        }

        @Override
        public short decode(byte octet) {
            return G711Tables.alawToLinear(octet);
        }
    },
    /** mu-law: static payload type 0 (RFC 3551 table 4). */
    PCMU(0) {
        @Override
        public byte encode(short sample) {
            return G711Tables.linearToUlaw(sample);
        }

        @Override
        public short decode(byte octet) {
            return G711Tables.ulawToLinear(octet);
        }
    };

    /** Samples a second. */
    public static final int CLOCK_RATE = 8000;
    /** Samples (and octets) in one 20 ms packet. */
    public static final int SAMPLES_PER_FRAME = 160;

    private final int payloadType;

    G711(int payloadType) {
        this.payloadType = payloadType;
    }

    public int payloadType() {
        return payloadType;
    }

    /** The SDP rtpmap encoding name, e.g. {@code PCMA/8000}. */
    public String rtpmap() {
        return name() + "/" + CLOCK_RATE;
    }

    public abstract byte encode(short sample);

    public abstract short decode(byte octet);

    /** The octet that codes a linear 0. */
    public byte silence() {
        return encode((short) 0);
    }

    /** A 20 ms frame of silence. */
    public byte[] silenceFrame() {
        byte[] frame = new byte[SAMPLES_PER_FRAME];
        Arrays.fill(frame, silence());
        return frame;
    }

    /** Re-codes octets of the {@code from} codec in this one. */
    public byte[] transcode(byte[] octets, G711 from) {
        if (from == this) {
            return octets.clone();
        }
        byte[] out = new byte[octets.length];
        for (int i = 0; i < octets.length; i++) {
            out[i] = encode(from.decode(octets[i]));
        }
        return out;
    }

    /** The codec of a static payload type, or null. */
    public static G711 ofPayloadType(int payloadType) {
        return Arrays.stream(values()).filter(c -> c.payloadType == payloadType).findFirst().orElse(null);
    }

    /** The codec of an rtpmap encoding name ({@code PCMA/8000}, case-insensitive), or null. */
    public static G711 ofRtpmap(String encoding) {
        return Arrays.stream(values()).filter(c -> c.rtpmap().equalsIgnoreCase(encoding.trim())).findFirst().orElse(null);
    }
}
