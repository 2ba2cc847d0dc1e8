package loa.harness.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.OptionalParameter.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmscSimulatorReceiptTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String SUBSCRIBER = "84912345678";
    private static final int RECEIPT_ON_SUCCESS_OR_FAILURE = 1;

    private final SmscSimulator smsc = new SmscSimulator(SmscConfig.accepting(Esme.SYSTEM_ID, Esme.PASSWORD)
            .withReceiptDelay(Duration.ofMillis(20)));

    @BeforeEach
    void start() throws IOException {
        smsc.start();
    }

    @AfterEach
    void stop() {
        smsc.stop();
    }

    @Test
    void aDeliveryReceiptReachesTheTransceiverWithTheMessageId() throws Exception {
        try (Esme trx = Esme.bind(smsc, BindType.BIND_TRX)) {
            String id = trx.submit(SUBSCRIBER, 0, TextDecoder.UCS2, RECEIPT_ON_SUCCESS_OR_FAILURE, CampaignSms.ucs2("Xin chào loa"));

            DeliverSm receipt = trx.awaitDeliverSm(WAIT);

            assertThat(receipt).isNotNull();
            assertThat(receipt.isSmscDeliveryReceipt()).isTrue();
            assertThat(receipt.getEsmClass()).isEqualTo((byte) 0x04);
            assertThat(new String(receipt.getShortMessage(), StandardCharsets.US_ASCII))
                    .matches("id:" + id + " sub:001 dlvrd:001 submit date:\\d{10} done date:\\d{10} stat:DELIVRD err:000 text:Xin ch\\?o loa");
            assertThat(receipt.getShortMessageAsDeliveryReceipt().getId()).isEqualTo(id);
            assertThat(tlvString(receipt, Tag.RECEIPTED_MESSAGE_ID)).isEqualTo(id);
            assertThat(receipt.getOptionalParameter(Tag.MESSAGE_STATE).serialize()[4]).isEqualTo((byte) 2);
            assertThat(receipt.getSourceAddr()).isEqualTo(SUBSCRIBER);
            assertThat(receipt.getDestAddress()).isEqualTo(Esme.SENDER);
            assertThat(receipt.getDestAddrTon()).isEqualTo((byte) SmeAddress.TON_ALPHANUMERIC);
            // counted once its deliver_sm_resp is back, which may be a moment after the client has the receipt
            assertThat(Eventually.holds(WAIT, () -> smsc.counters().receiptsSent() == 1)).isTrue();
        }
    }

    @Test
    void aReceiptForASubmitOverATransmitterGoesToTheReceiverWithTheStateChosenForItsDestination() throws Exception {
        smsc.reportFinalState(SUBSCRIBER, ReceiptState.UNDELIV);
        try (Esme tx = Esme.bind(smsc, BindType.BIND_TX); Esme rx = Esme.bind(smsc, BindType.BIND_RX)) {
            String id = tx.submit(SUBSCRIBER, 0, TextDecoder.LATIN_1, RECEIPT_ON_SUCCESS_OR_FAILURE, "hello".getBytes(StandardCharsets.ISO_8859_1));

            DeliverSm receipt = rx.awaitDeliverSm(WAIT);

            assertThat(receipt).isNotNull();
            assertThat(new String(receipt.getShortMessage(), StandardCharsets.US_ASCII))
                    .startsWith("id:" + id + " sub:001 dlvrd:000 ").contains(" stat:UNDELIV err:002 text:hello");
            assertThat(receipt.getOptionalParameter(Tag.MESSAGE_STATE).serialize()[4]).isEqualTo((byte) 5);
        }
    }

    private static String tlvString(DeliverSm deliverSm, Tag tag) {
        return ((OptionalParameter.COctetString) deliverSm.getOptionalParameter(tag)).getValueAsString();
    }
}
