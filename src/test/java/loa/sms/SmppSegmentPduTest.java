package loa.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.Test;

class SmppSegmentPduTest {
    /** CAMPAIGN.md §4. */
    static final String BLUEZONE = "Bộ TT&TT và Bộ Y tế đề nghị người dân có điện thoại thông minh cài đặt ứng dụng "
            + "Bluezone tại https://www.bluezone.gov.vn/taiapp để được cảnh báo nguy cơ lây nhiễm COVID-19, "
            + "giúp bảo vệ bản thân, gia đình và cộng đồng";

    @Test
    void theBluezoneTextGoesInFourUcs2SegmentsWithAUdhThatTellTheirPlaces() {
        List<SmppSegmentPdu> pdus = SmppSegmentPdu.of(BLUEZONE, Concatenation.UDH, 0x1A7);

        assertThat(pdus).hasSize(4).allSatisfy(pdu -> {
            assertThat(pdu.dataCoding()).isEqualTo((byte) 8);
            assertThat(pdu.esmClass()).isEqualTo((byte) SmsSegment.ESM_CLASS_UDHI);
            assertThat(pdu.shortMessage().length).isLessThanOrEqualTo(140);
            assertThat(pdu.tlvs()).isEmpty();
        });
        assertThat(Arrays.copyOf(pdus.get(1).shortMessage(), 6)).containsExactly(0x05, 0x00, 0x03, 0xA7, 4, 2);
        assertThat(pdus.get(0).shortMessage()).hasSize(6 + 67 * 2);
        assertThat(joined(pdus, 6)).isEqualTo(BLUEZONE);
    }

    @Test
    void withSarTheTlvsCarryTheReferenceAndEachSegmentHolds67Characters() {
        List<SmppSegmentPdu> pdus = SmppSegmentPdu.of(BLUEZONE, Concatenation.SAR, 0x1A7);

        assertThat(pdus).hasSize(4);
        SmppSegmentPdu second = pdus.get(1);
        assertThat(second.esmClass()).isEqualTo((byte) 0);
        assertThat(second.shortMessage()).hasSize(134); // room for the header the SMSC builds from the TLVs
        assertThat(second.tlvs()).extracting(OptionalParameter::serialize).containsExactly(
                new byte[] {0x02, 0x0C, 0, 2, 0x01, (byte) 0xA7},
                new byte[] {0x02, 0x0E, 0, 1, 4},
                new byte[] {0x02, 0x0F, 0, 1, 2});
        assertThat(joined(pdus, 0)).isEqualTo(BLUEZONE);
    }

    @Test
    void seventyCharactersFitOneSegmentWithoutAHeaderAndSeventyOneNeedTwo() {
        List<SmppSegmentPdu> one = SmppSegmentPdu.of("ệ".repeat(70), Concatenation.UDH, 1);
        List<SmppSegmentPdu> two = SmppSegmentPdu.of("ệ".repeat(71), Concatenation.UDH, 1);

        assertThat(one).singleElement().satisfies(pdu -> {
            assertThat(pdu.esmClass()).isEqualTo((byte) 0);
            assertThat(pdu.shortMessage()).hasSize(140);
        });
        assertThat(two).extracting(pdu -> pdu.shortMessage().length).containsExactly(6 + 134, 6 + 8);
    }

    private static String joined(List<SmppSegmentPdu> pdus, int header) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        pdus.forEach(pdu -> text.write(pdu.shortMessage(), header, pdu.shortMessage().length - header));
        return text.toString(StandardCharsets.UTF_16BE);
    }
}
