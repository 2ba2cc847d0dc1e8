package loa.harness.rtp;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One RTP packet (RFC 3550 §5.1): the fixed header and the payload. CSRC lists, header
 * extensions and padding are skipped when parsing and never written.
 */
public record RtpPacket(boolean marker, int payloadType, int sequence, long timestamp, long ssrc, byte[] payload) {

    /** RFC 3550 §5.1: V=2. */
    public static final int VERSION = 2;
    /** The fixed header: 12 octets. */
    public static final int HEADER_LENGTH = 12;

    public RtpPacket {
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("payload type out of range: " + payloadType);
        }
        sequence &= 0xFFFF;
        timestamp &= 0xFFFF_FFFFL;
        ssrc &= 0xFFFF_FFFFL;
    }

    /** The packet as sent on the wire. */
    public byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(HEADER_LENGTH + payload.length);
        writeTo(out);
        return out.array();
    }

    /** Writes the packet at the buffer's position. */
    public void writeTo(ByteBuffer out) {
        out.put((byte) (VERSION << 6));
        out.put((byte) ((marker ? 0x80 : 0) | payloadType));
        out.putShort((short) sequence);
        out.putInt((int) timestamp);
        out.putInt((int) ssrc);
        out.put(payload);
    }

    /** Parses the buffer's remaining bytes; throws {@link IllegalArgumentException} for anything not RTP version 2. */
    public static RtpPacket parse(ByteBuffer in) {
        if (in.remaining() < HEADER_LENGTH) {
            throw new IllegalArgumentException("shorter than an RTP header: " + in.remaining() + " octets");
        }
        int first = in.get() & 0xFF;
        if (first >>> 6 != VERSION) {
            throw new IllegalArgumentException("not RTP version 2: " + (first >>> 6));
        }
        int second = in.get() & 0xFF;
        int sequence = in.getShort() & 0xFFFF;
        long timestamp = in.getInt() & 0xFFFF_FFFFL;
        long ssrc = in.getInt() & 0xFFFF_FFFFL;
        skipCsrcsAndExtension(in, first);
        byte[] payload = new byte[in.remaining() - padding(in, first)];
        in.get(payload);
        return new RtpPacket((second & 0x80) != 0, second & 0x7F, sequence, timestamp, ssrc, payload);
    }

    public static RtpPacket parse(byte[] datagram, int length) {
        return parse(ByteBuffer.wrap(datagram, 0, length));
    }

    private static void skipCsrcsAndExtension(ByteBuffer in, int first) {
        skip(in, 4 * (first & 0x0F));
        if ((first & 0x10) != 0) {
            skip(in, 2);
            skip(in, 4 * (in.getShort() & 0xFFFF));
        }
    }

    private static int padding(ByteBuffer in, int first) {
        if ((first & 0x20) == 0 || !in.hasRemaining()) {
            return 0;
        }
        int count = in.get(in.limit() - 1) & 0xFF;
        if (count > in.remaining()) {
            throw new IllegalArgumentException("padding longer than the payload: " + count);
        }
        return count;
    }

    private static void skip(ByteBuffer in, int octets) {
        if (octets > in.remaining()) {
            throw new IllegalArgumentException("RTP header runs past the packet");
        }
        in.position(in.position() + octets);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RtpPacket p && marker == p.marker && payloadType == p.payloadType
                && sequence == p.sequence && timestamp == p.timestamp && ssrc == p.ssrc
                && Arrays.equals(payload, p.payload);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(ssrc) + sequence;
    }

    @Override
    public String toString() {
        return "RTP[pt=" + payloadType + " seq=" + sequence + " ts=" + timestamp + (marker ? " M" : "")
                + " ssrc=" + Long.toHexString(ssrc) + " " + payload.length + " octets]";
    }
}
