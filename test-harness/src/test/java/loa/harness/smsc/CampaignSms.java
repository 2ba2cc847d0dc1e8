package loa.harness.smsc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The campaign's SMS (CAMPAIGN.md §4) cut the way an ESME cuts it: UCS-2, 67 characters a segment. */
final class CampaignSms {
    static final String TEXT = "Bộ TT&TT và Bộ Y tế đề nghị người dân có điện thoại thông minh cài đặt ứng dụng "
            + "Bluezone tại https://www.bluezone.gov.vn/taiapp để được cảnh báo nguy cơ lây nhiễm COVID-19, "
            + "giúp bảo vệ bản thân, gia đình và cộng đồng";
    /** 140 octets less a 6-octet UDH leaves 134: 67 UCS-2 characters. */
    static final int CHARS_PER_SEGMENT = 67;

    private CampaignSms() {
    }

    static byte[] ucs2(String text) {
        return text.getBytes(StandardCharsets.UTF_16BE);
    }

    /** The UCS-2 text octets of each segment, without headers. */
    static List<byte[]> segments() {
        List<byte[]> segments = new ArrayList<>();
        for (int from = 0; from < TEXT.length(); from += CHARS_PER_SEGMENT) {
            segments.add(ucs2(TEXT.substring(from, Math.min(TEXT.length(), from + CHARS_PER_SEGMENT))));
        }
        return segments;
    }

    /** UDH with IEI 0x00: length 5, IEI, IE length 3, reference, total, number (3GPP TS 23.040 §9.2.3.24.1). */
    static byte[] withUdh8(int reference, int total, int number, byte[] text) {
        return concat(new byte[] {0x05, 0x00, 0x03, (byte) reference, (byte) total, (byte) number}, text);
    }

    /** UDH with IEI 0x08: a 16-bit reference, so a 7-octet header. */
    static byte[] withUdh16(int reference, int total, int number, byte[] text) {
        return concat(new byte[] {0x06, 0x08, 0x04, (byte) (reference >> 8), (byte) reference, (byte) total, (byte) number}, text);
    }

    private static byte[] concat(byte[] header, byte[] text) {
        byte[] whole = Arrays.copyOf(header, header.length + text.length);
        System.arraycopy(text, 0, whole, header.length, text.length);
        return whole;
    }
}
