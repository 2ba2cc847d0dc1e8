package loa.sms;

import java.util.Optional;

/**
 * What one submit_sm carries of a text: data_coding, the esm_class bits that say whether a User
 * Data Header leads short_message, short_message itself (header and text octets), and, when the
 * segments are linked by SAR, the values of its three TLVs. Immutable.
 */
public final class SmsSegment {
    /** esm_class bit 6, UDHI: short_message starts with a User Data Header (SMPP 3.4 §5.2.12). */
    public static final int ESM_CLASS_UDHI = 0x40;
    private static final int ESM_CLASS_DEFAULT = 0x00;

    private final SmsEncoding encoding;
    private final int esmClass;
    private final byte[] shortMessage;
    private final SarTlvs sar;

    private SmsSegment(SmsEncoding encoding, int esmClass, byte[] shortMessage, SarTlvs sar) {
        this.encoding = encoding;
        this.esmClass = esmClass;
        this.shortMessage = shortMessage.clone();
        this.sar = sar;
    }

    static SmsSegment whole(SmsEncoding encoding, byte[] text) {
        return new SmsSegment(encoding, ESM_CLASS_DEFAULT, text, null);
    }

    static SmsSegment withUdh(SmsEncoding encoding, byte[] udhAndText) {
        return new SmsSegment(encoding, ESM_CLASS_UDHI, udhAndText, null);
    }

    static SmsSegment withSar(SmsEncoding encoding, byte[] text, SarTlvs sar) {
        return new SmsSegment(encoding, ESM_CLASS_DEFAULT, text, sar);
    }

    public SmsEncoding encoding() {
        return encoding;
    }

    /** data_coding: 0x00 GSM 7-bit, 0x08 UCS-2. */
    public int dataCoding() {
        return encoding.dataCoding();
    }

    /** Only the GSM feature bits; the messaging mode and type bits are the sender's to add. */
    public int esmClass() {
        return esmClass;
    }

    /** A copy of the octets for short_message, UDH first when there is one. */
    public byte[] shortMessage() {
        return shortMessage.clone();
    }

    /** The SAR TLVs' values; empty for a whole message and for segments linked by a UDH. */
    public Optional<SarTlvs> sar() {
        return Optional.ofNullable(sar);
    }

    @Override
    public String toString() {
        return encoding + " esm_class 0x" + Integer.toHexString(esmClass) + " " + shortMessage.length + " octets"
                + (sar == null ? "" : " " + sar);
    }
}
