package loa.sms;

import java.util.ArrayList;
import java.util.List;
import org.jsmpp.bean.OptionalParameter;

/**
 * The fields of one segment's submit_sm that depend on the text: esm_class, data_coding,
 * short_message (UDH included) and the SAR TLVs.
 *
 * @param number 1-based, of {@code total}
 */
record SmppSegmentPdu(int number, int total, byte esmClass, byte dataCoding, byte[] shortMessage, OptionalParameter[] tlvs) {
    /** esm_class bit 6, UDHI: short_message starts with a User Data Header (SMPP 3.4 §5.2.12). */
    static final byte ESM_CLASS_UDHI = 0x40;
    static final byte ESM_CLASS_DEFAULT = 0x00;
    /** UDH: its length (5), IEI 0x00 (concatenation, 8-bit reference), the IE's length (3). */
    private static final byte[] UDH_CONCAT_8BIT = {0x05, 0x00, 0x03};
    private static final OptionalParameter[] NO_TLVS = new OptionalParameter[0];

    /** The submit_sm of each segment of {@code text}, in order; {@code reference} tells this SMS's segments apart from others'. */
    static List<SmppSegmentPdu> of(SmppEncodedText text, SmppConcatenation concatenation, int reference) {
        List<byte[]> octets = text.segments();
        byte dataCoding = (byte) text.dataCoding();
        if (octets.size() == 1) {
            return List.of(new SmppSegmentPdu(1, 1, ESM_CLASS_DEFAULT, dataCoding, octets.get(0), NO_TLVS));
        }
        List<SmppSegmentPdu> pdus = new ArrayList<>(octets.size());
        for (int n = 1; n <= octets.size(); n++) {
            pdus.add(concatenation == SmppConcatenation.UDH
                    ? withUdh(n, octets.size(), dataCoding, reference, octets.get(n - 1))
                    : withSar(n, octets.size(), dataCoding, reference, octets.get(n - 1)));
        }
        return pdus;
    }

    private static SmppSegmentPdu withUdh(int number, int total, byte dataCoding, int reference, byte[] text) {
        byte[] message = new byte[UDH_CONCAT_8BIT.length + 3 + text.length];
        System.arraycopy(UDH_CONCAT_8BIT, 0, message, 0, UDH_CONCAT_8BIT.length);
        message[3] = (byte) reference;
        message[4] = (byte) total;
        message[5] = (byte) number;
        System.arraycopy(text, 0, message, 6, text.length);
        return new SmppSegmentPdu(number, total, ESM_CLASS_UDHI, dataCoding, message, NO_TLVS);
    }

    private static SmppSegmentPdu withSar(int number, int total, byte dataCoding, int reference, byte[] text) {
        OptionalParameter[] sar = {
            new OptionalParameter.Sar_msg_ref_num((short) reference),
            new OptionalParameter.Sar_total_segments((byte) total),
            new OptionalParameter.Sar_segment_seqnum((byte) number)};
        return new SmppSegmentPdu(number, total, ESM_CLASS_DEFAULT, dataCoding, text, sar);
    }
}
