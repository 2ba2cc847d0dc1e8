package loa.harness.smsc;

import java.util.Arrays;

/**
 * Where one submit_sm sits in its message: the reference shared by its segments, how many there
 * are, its own 1-based number, and its text octets without the UDH.
 */
record Segment(Concatenation kind, int reference, int total, int number, byte[] payload) {
    private static final int IEI_CONCAT_8BIT = 0x00;
    private static final int IEI_CONCAT_16BIT = 0x08;

    static Segment of(ReceivedPdu pdu) {
        byte[] octets = octetsOf(pdu);
        if ((pdu.esmClass() & ReceivedPdu.ESM_CLASS_UDHI) != 0 && octets.length > 0) {
            return fromUdh(octets);
        }
        if (pdu.tlv(ReceivedPdu.TAG_SAR_MSG_REF_NUM) != null) {
            return fromSar(pdu, octets);
        }
        return whole(octets);
    }

    boolean isPart() {
        return kind != Concatenation.NONE;
    }

    /** A long message may travel in message_payload instead, with short_message left empty. */
    private static byte[] octetsOf(ReceivedPdu pdu) {
        byte[] payload = pdu.tlv(ReceivedPdu.TAG_MESSAGE_PAYLOAD);
        return pdu.shortMessage().length == 0 && payload != null ? payload : pdu.shortMessage();
    }

    private static Segment fromUdh(byte[] octets) {
        int headerEnd = Math.min(octets.length, 1 + (octets[0] & 0xFF));
        byte[] text = Arrays.copyOfRange(octets, headerEnd, octets.length);
        for (int at = 1; at + 1 < headerEnd; at += 2 + u8(octets, at + 1)) {
            int iei = u8(octets, at);
            int length = u8(octets, at + 1);
            if (at + 1 + length >= headerEnd) {
                break;
            }
            if (iei == IEI_CONCAT_8BIT && length == 3) {
                return part(Concatenation.UDH_8BIT_REF, u8(octets, at + 2), u8(octets, at + 3), u8(octets, at + 4), text);
            }
            if (iei == IEI_CONCAT_16BIT && length == 4) {
                return part(Concatenation.UDH_16BIT_REF, u16(octets, at + 2), u8(octets, at + 4), u8(octets, at + 5), text);
            }
        }
        return whole(text);
    }

    private static Segment fromSar(ReceivedPdu pdu, byte[] octets) {
        byte[] total = pdu.tlv(ReceivedPdu.TAG_SAR_TOTAL_SEGMENTS);
        byte[] number = pdu.tlv(ReceivedPdu.TAG_SAR_SEGMENT_SEQNUM);
        if (total == null || number == null || total.length == 0 || number.length == 0) {
            return whole(octets);
        }
        int reference = unsigned(pdu.tlv(ReceivedPdu.TAG_SAR_MSG_REF_NUM));
        return part(Concatenation.SAR, reference, u8(total, 0), u8(number, 0), octets);
    }

    /** A numbering that cannot be reassembled is kept as a message of its own, not lost. */
    private static Segment part(Concatenation kind, int reference, int total, int number, byte[] text) {
        boolean sane = total >= 1 && number >= 1 && number <= total;
        return sane ? new Segment(kind, reference, total, number, text) : whole(text);
    }

    private static Segment whole(byte[] octets) {
        return new Segment(Concatenation.NONE, 0, 1, 1, octets);
    }

    private static int u8(byte[] octets, int at) {
        return octets[at] & 0xFF;
    }

    private static int u16(byte[] octets, int at) {
        return (u8(octets, at) << 8) | u8(octets, at + 1);
    }

    private static int unsigned(byte[] octets) {
        int value = 0;
        for (byte b : octets) {
            value = (value << 8) | (b & 0xFF);
        }
        return value;
    }
}
