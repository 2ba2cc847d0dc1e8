package loa.harness.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.OptionalParameter.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator keeps a submit before it answers it, so what it kept can be read as soon as submit returns. */
class SmscSimulatorMessagesTest {
    private static final String SUBSCRIBER = "84912345678";
    private static final int UDHI = 0x40;
    private static final SmeAddress SENDER = new SmeAddress(Esme.SENDER, SmeAddress.TON_ALPHANUMERIC, SmeAddress.NPI_UNKNOWN);
    private static final SmeAddress SUBSCRIBER_ADDRESS = new SmeAddress(SUBSCRIBER, SmeAddress.TON_INTERNATIONAL, SmeAddress.NPI_ISDN);

    private final SmscSimulator smsc = new SmscSimulator(SmscConfig.accepting(Esme.SYSTEM_ID, Esme.PASSWORD));
    private Esme esme;

    @BeforeEach
    void start() throws IOException {
        smsc.start();
        esme = Esme.bind(smsc, BindType.BIND_TX);
    }

    @AfterEach
    void stop() {
        esme.close();
        smsc.stop();
    }

    @Test
    void aSingleGsmSegmentArrivesWithItsAddressesAndDataCoding() throws Exception {
        byte[] septets = {'H', 'i', ' ', 0x00, ' ', 'l', 'o', 'a'};

        String id = esme.submit(SUBSCRIBER, 0, TextDecoder.SMSC_DEFAULT_ALPHABET, 0, septets);

        ReceivedPdu pdu = smsc.pdusTo(SUBSCRIBER).get(0);
        assertThat(pdu.source()).isEqualTo(SENDER);
        assertThat(pdu.destination()).isEqualTo(SUBSCRIBER_ADDRESS);
        assertThat(pdu.dataCoding()).isZero();
        assertThat(pdu.esmClass()).isZero();
        assertThat(pdu.shortMessage()).isEqualTo(septets);
        assertThat(pdu.messageId()).isEqualTo(id);
        ReceivedMessage message = smsc.messagesTo(SUBSCRIBER).get(0);
        assertThat(message.text()).isEqualTo("Hi @ loa");
        assertThat(message.segmentCount()).isOne();
        assertThat(message.concatenation()).isEqualTo(Concatenation.NONE);
        assertThat(message.messageIds()).containsExactly(id);
    }

    @Test
    void aConcatenatedUcs2MessageWithAnEightBitReferenceIsReassembledByteExact() throws Exception {
        List<byte[]> segments = CampaignSms.segments();
        List<String> ids = new ArrayList<>();
        for (int n = 1; n <= segments.size(); n++) {
            byte[] shortMessage = CampaignSms.withUdh8(0xA7, segments.size(), n, segments.get(n - 1));
            ids.add(esme.submit(SUBSCRIBER, UDHI, TextDecoder.UCS2, 0, shortMessage));
        }

        assertThat(segments).hasSize(4);
        assertThat(smsc.pdusTo(SUBSCRIBER)).hasSize(4);
        ReceivedMessage message = smsc.messagesTo(SUBSCRIBER).get(0);
        assertThat(message.bytes()).isEqualTo(CampaignSms.ucs2(CampaignSms.TEXT));
        assertThat(message.text()).isEqualTo(CampaignSms.TEXT);
        assertThat(message.concatenation()).isEqualTo(Concatenation.UDH_8BIT_REF);
        assertThat(message.segmentCount()).isEqualTo(4);
        assertThat(message.messageIds()).containsExactlyElementsOf(ids).doesNotHaveDuplicates();
        assertThat(message.source()).isEqualTo(SENDER);
        assertThat(message.dataCoding()).isEqualTo(TextDecoder.UCS2);
    }

    @Test
    void aConcatenatedUcs2MessageWithASixteenBitReferenceIsReassembled() throws Exception {
        List<byte[]> segments = CampaignSms.segments();
        for (int n = 1; n <= segments.size(); n++) {
            esme.submit(SUBSCRIBER, UDHI, TextDecoder.UCS2, 0, CampaignSms.withUdh16(0x1F2E, segments.size(), n, segments.get(n - 1)));
        }

        ReceivedMessage message = smsc.messagesTo(SUBSCRIBER).get(0);
        assertThat(message.bytes()).isEqualTo(CampaignSms.ucs2(CampaignSms.TEXT));
        assertThat(message.concatenation()).isEqualTo(Concatenation.UDH_16BIT_REF);
    }

    @Test
    void aConcatenatedUcs2MessageWithSarTlvsIsReassembledEvenOutOfOrder() throws Exception {
        List<byte[]> segments = CampaignSms.segments();
        for (int n = segments.size(); n >= 1; n--) {
            assertThat(smsc.messagesTo(SUBSCRIBER)).isEmpty();
            assertThat(smsc.incompleteMessages()).isEqualTo(n == segments.size() ? 0 : 1);
            esme.submit(SUBSCRIBER, 0, TextDecoder.UCS2, 0, segments.get(n - 1),
                    new OptionalParameter.Short(Tag.SAR_MSG_REF_NUM, (short) 0x0BEE),
                    new OptionalParameter.Byte(Tag.SAR_TOTAL_SEGMENTS, (byte) segments.size()),
                    new OptionalParameter.Byte(Tag.SAR_SEGMENT_SEQNUM, (byte) n));
        }

        ReceivedMessage message = smsc.messagesTo(SUBSCRIBER).get(0);
        assertThat(message.bytes()).isEqualTo(CampaignSms.ucs2(CampaignSms.TEXT));
        assertThat(message.text()).isEqualTo(CampaignSms.TEXT);
        assertThat(message.concatenation()).isEqualTo(Concatenation.SAR);
        assertThat(smsc.incompleteMessages()).isZero();
        assertThat(smsc.pdusTo(SUBSCRIBER).get(0).tlv(ReceivedPdu.TAG_SAR_SEGMENT_SEQNUM)).containsExactly(4);
    }

    @Test
    void segmentsOfTwoMessagesToOneSubscriberAreNotMixed() throws Exception {
        List<byte[]> segments = CampaignSms.segments();
        for (int n = 1; n <= segments.size(); n++) {
            esme.submit(SUBSCRIBER, UDHI, TextDecoder.UCS2, 0, CampaignSms.withUdh8(1, segments.size(), n, segments.get(n - 1)));
            esme.submit(SUBSCRIBER, UDHI, TextDecoder.UCS2, 0, CampaignSms.withUdh8(2, segments.size(), n, segments.get(n - 1)));
        }

        assertThat(smsc.messagesTo(SUBSCRIBER)).hasSize(2)
                .allSatisfy(message -> assertThat(message.text()).isEqualTo(CampaignSms.TEXT));
    }
}
