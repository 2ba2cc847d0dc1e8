package loa.sms;

import java.util.List;

/**
 * How a text travels in short_message, with the data_coding that names it (SMPP 3.4 §5.2.19)
 * and how many of its octets fit in one SMS. GSM 7-bit is chosen whenever every character has
 * a septet, because it fits more than twice the characters of UCS-2.
 */
public enum SmsEncoding {
    /**
     * data_coding 0x00, the SMSC default alphabet, taken to be GSM 03.38 sent unpacked. The air
     * interface's 140 octets hold 160 septets; a 6-octet concatenation UDH plus one fill bit
     * takes 7 of them, leaving 153 (3GPP TS 23.040 §9.2.3.24.1).
     */
    GSM_7(0x00, 160, 153) {
        @Override
        List<byte[]> units(String text) {
            return GsmSeptets.units(text);
        }
    },
    /**
     * data_coding 0x08: 140 octets hold 70 UTF-16 code units; a 6-octet UDH leaves 134 octets,
     * 67 code units (66 when the last would be half a surrogate pair).
     */
    UCS_2(0x08, 140, 134) {
        @Override
        List<byte[]> units(String text) {
            return Ucs2.units(text);
        }
    };

    private final int dataCoding;
    private final int wholeCapacity;
    private final int partCapacity;

    SmsEncoding(int dataCoding, int wholeCapacity, int partCapacity) {
        this.dataCoding = dataCoding;
        this.wholeCapacity = wholeCapacity;
        this.partCapacity = partCapacity;
    }

    /** GSM 7-bit when every character is in the default alphabet or its extension, else UCS-2. */
    public static SmsEncoding of(String text) {
        return GsmSeptets.encodes(text) ? GSM_7 : UCS_2;
    }

    public int dataCoding() {
        return dataCoding;
    }

    /** short_message octets of a message sent whole, in one submit_sm. */
    int wholeCapacity() {
        return wholeCapacity;
    }

    /** short_message octets of text in each segment of a concatenated message, whatever links them. */
    int partCapacity() {
        return partCapacity;
    }

    /** The text's octets in pieces that must never be split across two segments. */
    abstract List<byte[]> units(String text);
}
