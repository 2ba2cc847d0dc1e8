package loa.sms;

import java.util.ArrayList;
import java.util.List;
import org.jsmpp.bean.OptionalParameter;

/**
 * The fields of one segment's submit_sm that depend on the text, as jSMPP takes them:
 * esm_class, data_coding, short_message (UDH included) and the SAR TLVs.
 *
 * @param number 1-based, of {@code total}
 */
record SmppSegmentPdu(int number, int total, byte esmClass, byte dataCoding, byte[] shortMessage, OptionalParameter[] tlvs) {
    private static final OptionalParameter[] NO_TLVS = new OptionalParameter[0];

    /** The submit_sm of each segment of {@code text}, in order; {@code reference} tells this SMS's segments apart from others'. */
    static List<SmppSegmentPdu> of(String text, Concatenation concatenation, int reference) {
        List<SmsSegment> segments = SmsText.of(text).segments(concatenation, reference % (concatenation.maxReference() + 1));
        List<SmppSegmentPdu> pdus = new ArrayList<>(segments.size());
        for (int n = 1; n <= segments.size(); n++) {
            SmsSegment segment = segments.get(n - 1);
            pdus.add(new SmppSegmentPdu(n, segments.size(), (byte) segment.esmClass(), (byte) segment.dataCoding(),
                    segment.shortMessage(), segment.sar().map(SmppSegmentPdu::tlvs).orElse(NO_TLVS)));
        }
        return pdus;
    }

    private static OptionalParameter[] tlvs(SarTlvs sar) {
        return new OptionalParameter[] {
            new OptionalParameter.Sar_msg_ref_num((short) sar.msgRefNum()),
            new OptionalParameter.Sar_total_segments((byte) sar.totalSegments()),
            new OptionalParameter.Sar_segment_seqnum((byte) sar.segmentSeqnum())};
    }
}
