package loa.sms;

/**
 * How the segments of a long text say they belong together. The text octets per segment are
 * the same either way (153 septets, 67 UCS-2 characters): with SAR the short_message carries no
 * header, but the SMSC must still tell the handset, and the only way over the air is the same
 * concatenation UDH inside the same 140 octets, which it builds from the TLVs. A 160-septet or
 * 70-character SAR segment leaves it no room: it would refuse the segment or re-split it.
 */
public enum Concatenation {
    /** A User Data Header with information element 0x00, an 8-bit reference (3GPP TS 23.040 §9.2.3.24.1). */
    UDH(0xFF) {
        @Override
        SmsSegment segment(SmsEncoding encoding, int reference, int total, int number, byte[] text) {
            byte[] header = {UDH_LENGTH, IEI_CONCATENATED_8BIT_REFERENCE, IE_LENGTH,
                (byte) reference, (byte) total, (byte) number};
            byte[] udhAndText = new byte[header.length + text.length];
            System.arraycopy(header, 0, udhAndText, 0, header.length);
            System.arraycopy(text, 0, udhAndText, header.length, text.length);
            return SmsSegment.withUdh(encoding, udhAndText);
        }
    },
    /** The sar_msg_ref_num (16-bit), sar_total_segments and sar_segment_seqnum TLVs (SMPP 3.4 §5.3.2.22-24). */
    SAR(0xFFFF) {
        @Override
        SmsSegment segment(SmsEncoding encoding, int reference, int total, int number, byte[] text) {
            return SmsSegment.withSar(encoding, text, new SarTlvs(reference, total, number));
        }
    };

    /** UDHL: the octets of header that follow it, here the one information element. */
    private static final byte UDH_LENGTH = 0x05;
    private static final byte IEI_CONCATENATED_8BIT_REFERENCE = 0x00;
    /** The element's data: reference, total and number, one octet each. */
    private static final byte IE_LENGTH = 0x03;

    private final int maxReference;

    Concatenation(int maxReference) {
        this.maxReference = maxReference;
    }

    /** The largest reference number this way of linking carries: 255 in a UDH, 65535 in SAR. */
    public int maxReference() {
        return maxReference;
    }

    void checkReference(int reference) {
        if (reference < 0 || reference > maxReference) {
            throw new IllegalArgumentException(this + " reference " + reference + " is not 0-" + maxReference);
        }
    }

    /** Segment number (1-based) of total, linked to the others by the reference. */
    abstract SmsSegment segment(SmsEncoding encoding, int reference, int total, int number, byte[] text);
}
