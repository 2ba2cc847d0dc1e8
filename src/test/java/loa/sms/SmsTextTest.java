package loa.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a text is cut, at the edges of 3GPP TS 23.040's sizes. */
class SmsTextTest {
    private static final String VIETNAMESE = "ộ";
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void exactly160GsmCharactersAreOneSegmentWithoutHeader() {
        List<SmsSegment> segments = SmsText.of("a".repeat(160)).segments(Concatenation.UDH, 7);

        assertThat(segments).singleElement().satisfies(s -> {
            assertThat(s.dataCoding()).isZero();
            assertThat(s.esmClass()).isZero();
            assertThat(s.shortMessage()).hasSize(160);
            assertThat(s.sar()).isEmpty();
        });
    }

    @Test
    void a161stGsmCharacterMakesTwoSegmentsOf153And8() {
        assertThat(textLengths(SmsText.of("a".repeat(161)).segments(Concatenation.UDH, 7))).containsExactly(153, 8);
    }

    @Test
    void anExtensionCharacterCostsTwoSeptets() {
        SmsText text = SmsText.of("a".repeat(159) + "€");

        assertThat(text.encoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(text.segmentCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"€", "[", "]", "{", "}", "^", "~", "\\", "|", "\f"})
    void anExtensionCharacterAtThe153rdSeptetMovesWholeToTheNextSegment(String extension) {
        List<SmsSegment> segments = SmsText.of("a".repeat(152) + extension + "a".repeat(10)).segments(Concatenation.UDH, 7);

        assertThat(textLengths(segments)).containsExactly(152, 12);
        assertThat(text(segments.get(0))[151]).isEqualTo((byte) 'a');
        assertThat(text(segments.get(1))[0]).isEqualTo((byte) GsmSeptets.ESCAPE);
    }

    @Test
    void anExtensionCharacterThatEndsAt153SeptetsStaysInTheFirstSegment() {
        List<SmsSegment> segments = SmsText.of("a".repeat(151) + "€" + "a".repeat(10)).segments(Concatenation.UDH, 7);

        assertThat(textLengths(segments)).containsExactly(153, 10);
    }

    @Test
    void seventyUcs2CharactersAreOneSegmentWithoutHeader() {
        List<SmsSegment> segments = SmsText.of(VIETNAMESE.repeat(70)).segments(Concatenation.UDH, 7);

        assertThat(segments).singleElement().satisfies(s -> {
            assertThat(s.dataCoding()).isEqualTo(0x08);
            assertThat(s.esmClass()).isZero();
            assertThat(s.shortMessage()).isEqualTo(VIETNAMESE.repeat(70).getBytes(StandardCharsets.UTF_16BE));
        });
    }

    @Test
    void a71stUcs2CharacterMakesTwoSegmentsOf67And4() {
        assertThat(textLengths(SmsText.of(VIETNAMESE.repeat(71)).segments(Concatenation.UDH, 7))).containsExactly(134, 8);
    }

    @Test
    void aSurrogatePairAtThe67thCharacterMovesWholeToTheNextSegment() {
        List<SmsSegment> segments = SmsText.of(VIETNAMESE.repeat(66) + EMOJI + VIETNAMESE.repeat(3)).segments(Concatenation.UDH, 7);

        assertThat(textLengths(segments)).containsExactly(132, 10);
        assertThat(new String(text(segments.get(1)), StandardCharsets.UTF_16BE)).isEqualTo(EMOJI + VIETNAMESE.repeat(3));
    }

    @Test
    void aSurrogatePairCountsAsTwoUcs2Characters() {
        assertThat(SmsText.of(VIETNAMESE.repeat(68) + EMOJI).segmentCount()).isEqualTo(1);
        assertThat(SmsText.of(VIETNAMESE.repeat(69) + EMOJI).segmentCount()).isEqualTo(2);
    }

    @Test
    void sarSegmentsCarryNoHeaderButTheSameTextOctetsAsUdhSegments() {
        List<SmsSegment> segments = SmsText.of(VIETNAMESE.repeat(71)).segments(Concatenation.SAR, 0xBEEF);

        assertThat(segments).extracting(s -> s.shortMessage().length).containsExactly(134, 8);
        assertThat(segments).extracting(SmsSegment::esmClass).containsOnly(0);
        assertThat(segments).extracting(s -> s.sar().orElseThrow())
                .containsExactly(new SarTlvs(0xBEEF, 2, 1), new SarTlvs(0xBEEF, 2, 2));
        assertThat(textLengths(SmsText.of("a".repeat(161)).segments(Concatenation.SAR, 1))).containsExactly(153, 8);
    }

    @Test
    void eachUdhSegmentStartsWithTheConcatenationElementAndSetsUdhi() {
        List<SmsSegment> segments = SmsText.of("a".repeat(400)).segments(Concatenation.UDH, 0xA7);

        assertThat(segments).extracting(SmsSegment::esmClass).containsOnly(SmsSegment.ESM_CLASS_UDHI);
        assertThat(segments).extracting(s -> Arrays.copyOf(s.shortMessage(), 6)).containsExactly(
                new byte[] {0x05, 0x00, 0x03, (byte) 0xA7, 3, 1},
                new byte[] {0x05, 0x00, 0x03, (byte) 0xA7, 3, 2},
                new byte[] {0x05, 0x00, 0x03, (byte) 0xA7, 3, 3});
        assertThat(segments).allSatisfy(s -> assertThat(s.sar()).isEmpty());
    }

    @Test
    void plainAsciiGoesAsGsm7AndVietnameseAsUcs2() {
        assertThat(SmsText.of("Install Bluezone: https://www.bluezone.gov.vn/taiapp").encoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(SmsText.of("Bộ Y tế").encoding()).isEqualTo(SmsEncoding.UCS_2);
    }

    @Test
    void atDollarAndPoundAreTheirOwnGsmSeptets() {
        assertThat(SmsText.of("@$£").segments(Concatenation.UDH, 0).get(0).shortMessage()).containsExactly(0x00, 0x02, 0x01);
    }

    @Test
    void anEmptyTextIsOneEmptyGsmSegment() {
        assertThat(SmsText.of("").segments(Concatenation.SAR, 0)).singleElement()
                .satisfies(s -> assertThat(s.shortMessage()).isEmpty());
    }

    @Test
    void twoHundredFiftyFiveSegmentsAreTheMostOneMessageHolds() {
        assertThat(SmsText.of("a".repeat(255 * 153)).segmentCount()).isEqualTo(255);
        assertThatThrownBy(() -> SmsText.of("a".repeat(255 * 153 + 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("39016 characters").hasMessageContaining("256");
    }

    @Test
    void aReferenceTheLinkCannotCarryIsRefused() {
        SmsText text = SmsText.of("a".repeat(161));

        assertThatThrownBy(() -> text.segments(Concatenation.UDH, 256)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("256");
        assertThatThrownBy(() -> text.segments(Concatenation.SAR, 65536)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> text.segments(Concatenation.SAR, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(text.segments(Concatenation.SAR, 65535)).hasSize(2);
    }

    @Test
    void anUnpairedSurrogateIsRefused() {
        assertThatThrownBy(() -> SmsText.of("Bộ \uD83D")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired surrogate at 3");
    }

    /** The text octets of each segment, without its UDH. */
    private static List<Integer> textLengths(List<SmsSegment> segments) {
        return segments.stream().map(s -> text(s).length).toList();
    }

    private static byte[] text(SmsSegment segment) {
        byte[] octets = segment.shortMessage();
        int header = segment.esmClass() == SmsSegment.ESM_CLASS_UDHI ? 1 + octets[0] : 0;
        return Arrays.copyOfRange(octets, header, octets.length);
    }
}
