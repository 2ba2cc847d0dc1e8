package loa.harness.smsc;

/** How the segments of a long message said they belong together. */
public enum Concatenation {
    /** A message in one submit_sm. */
    NONE,
    /** UDH information element 0x00: an 8-bit reference (3GPP TS 23.040 §9.2.3.24.1). */
    UDH_8BIT_REF,
    /** UDH information element 0x08: a 16-bit reference (3GPP TS 23.040 §9.2.3.24.8). */
    UDH_16BIT_REF,
    /** The sar_msg_ref_num, sar_total_segments and sar_segment_seqnum TLVs (SMPP 3.4 §5.3.2.22-24). */
    SAR
}
