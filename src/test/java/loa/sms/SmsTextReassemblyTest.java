package loa.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import loa.config.CampaignFile;
import loa.harness.smsc.ReceivedMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What loa sends is what the harness SMSC reads: its own Reassembler and decoder, byte for byte. */
class SmsTextReassemblyTest {
    private static final Path BLUEZONE = Path.of("campaigns/bluezone.yaml");
    /** Every character with a septet: the default alphabet without its escape, then the extension table. */
    private static final String GSM_ALPHABET = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà" + "\f^{}\\[~]|€";

    @ParameterizedTest
    @EnumSource(Concatenation.class)
    void theBluezoneTextGoesAsFourUcs2SegmentsAndArrivesWhole(Concatenation concatenation) throws Exception {
        String bluezone = CampaignFile.load(BLUEZONE).sms().text();
        SmsText text = SmsText.of(bluezone);
        List<SmsSegment> segments = text.segments(concatenation, 42);

        assertThat(bluezone).hasSize(216);
        assertThat(text.encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(segments).hasSize(4).extracting(SmsSegment::dataCoding).containsOnly(0x08);
        ReceivedMessage received = HarnessSmsc.receive(segments);
        assertThat(received.text()).isEqualTo(bluezone);
        assertThat(received.segmentCount()).isEqualTo(4);
        assertThat(received.concatenation()).isEqualTo(concatenation == Concatenation.UDH
                ? loa.harness.smsc.Concatenation.UDH_8BIT_REF : loa.harness.smsc.Concatenation.SAR);
    }

    @Test
    void segmentsArrivingOutOfOrderAreStillJoinedInOrder() throws Exception {
        String bluezone = CampaignFile.load(BLUEZONE).sms().text();
        List<SmsSegment> segments = SmsText.of(bluezone).segments(Concatenation.UDH, 255);

        assertThat(HarnessSmsc.receive(List.of(segments.get(2), segments.get(0), segments.get(3), segments.get(1))).text())
                .isEqualTo(bluezone);
    }

    @Test
    void everyGsmCharacterArrivesAsItselfInOneSegment() {
        assertThat(GSM_ALPHABET.length()).isLessThan(160);

        assertThat(received(GSM_ALPHABET, Concatenation.UDH)).isEqualTo(GSM_ALPHABET);
    }

    @ParameterizedTest
    @EnumSource(Concatenation.class)
    void everyGsmCharacterArrivesAsItselfAcrossSegments(Concatenation concatenation) {
        String text = GSM_ALPHABET.repeat(3);

        assertThat(SmsText.of(text).segmentCount()).isEqualTo(3);
        assertThat(received(text, concatenation)).isEqualTo(text);
    }

    @Test
    void atDollarAndPoundArriveAsThemselves() {
        assertThat(received("Pay $5 or £4 @ the shop", Concatenation.UDH)).isEqualTo("Pay $5 or £4 @ the shop");
    }

    @ParameterizedTest
    @EnumSource(Concatenation.class)
    void noSegmentEndsInsideAnEscapePairOrASurrogatePair(Concatenation concatenation) {
        String gsm = IntStream.range(0, 20).mapToObj(i -> "a".repeat(i) + "€".repeat(160)).collect(Collectors.joining());
        String ucs2 = IntStream.range(0, 5).mapToObj(i -> "ộ".repeat(i) + "\uD83D\uDE00".repeat(70)).collect(Collectors.joining());

        for (String text : List.of(gsm, ucs2)) {
            List<SmsSegment> segments = SmsText.of(text).segments(concatenation, 9);
            assertThat(HarnessSmsc.receive(segments).text()).isEqualTo(text);
            assertThat(segments.stream().map(SmsTextReassemblyTest::readAlone).collect(Collectors.joining())).isEqualTo(text);
        }
    }

    /** The segment's text read by the harness on its own, as a handset shows a part whose others are late. */
    private static String readAlone(SmsSegment segment) {
        byte[] octets = segment.shortMessage();
        int header = segment.esmClass() == SmsSegment.ESM_CLASS_UDHI ? 1 + octets[0] : 0;
        SmsSegment alone = SmsSegment.whole(segment.encoding(), Arrays.copyOfRange(octets, header, octets.length));
        return HarnessSmsc.receive(List.of(alone)).text();
    }

    private static String received(String text, Concatenation concatenation) {
        return HarnessSmsc.receive(SmsText.of(text).segments(concatenation, 9)).text();
    }
}
