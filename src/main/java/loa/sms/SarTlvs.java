package loa.sms;

/**
 * The values of the three SAR optional parameters of one segment (SMPP 3.4 §5.3.2.22-24).
 *
 * @param msgRefNum     sar_msg_ref_num (tag 0x020C, 2 octets): the same in every segment of a message
 * @param totalSegments sar_total_segments (tag 0x020E, 1 octet)
 * @param segmentSeqnum sar_segment_seqnum (tag 0x020F, 1 octet): 1 for the first segment
 */
public record SarTlvs(int msgRefNum, int totalSegments, int segmentSeqnum) {
    public static final int TAG_SAR_MSG_REF_NUM = 0x020C;
    public static final int TAG_SAR_TOTAL_SEGMENTS = 0x020E;
    public static final int TAG_SAR_SEGMENT_SEQNUM = 0x020F;

    public SarTlvs {
        if (msgRefNum < 0 || msgRefNum > 0xFFFF) {
            throw new IllegalArgumentException("sar_msg_ref_num " + msgRefNum + " is not 0-65535");
        }
        if (totalSegments < 1 || totalSegments > 0xFF || segmentSeqnum < 1 || segmentSeqnum > totalSegments) {
            throw new IllegalArgumentException("segment " + segmentSeqnum + " of " + totalSegments + " is not 1-255");
        }
    }
}
