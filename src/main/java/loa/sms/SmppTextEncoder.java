package loa.sms;

/**
 * The text-to-segments step: which data_coding the text of one SMS goes in and the text octets
 * of each of its submit_sm, before any concatenation header. Stateless and thread-safe.
 */
interface SmppTextEncoder {

    /**
     * @param headerOctets what a concatenation header takes from each segment's 140 octets when
     *                     the text needs several (6 for a UDH, 0 for SAR TLVs)
     */
    SmppEncodedText encode(String text, int headerOctets);
}
