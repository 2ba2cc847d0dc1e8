package loa.sms;

/** How the segments of a long SMS say they belong together. */
public enum SmppConcatenation {
    /** A User Data Header in short_message, IEI 0x00 with an 8-bit reference (3GPP TS 23.040 §9.2.3.24.1). */
    UDH(6),
    /** The sar_msg_ref_num, sar_total_segments and sar_segment_seqnum TLVs (SMPP 3.4 §5.3.2.22-24). */
    SAR(0);

    private final int headerOctets;

    SmppConcatenation(int headerOctets) {
        this.headerOctets = headerOctets;
    }

    /** What the header takes from each segment's 140 octets of short_message. */
    public int headerOctets() {
        return headerOctets;
    }
}
