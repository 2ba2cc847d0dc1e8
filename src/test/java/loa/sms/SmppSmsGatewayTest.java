package loa.sms;

import static loa.sms.SmppTestSmsc.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import loa.campaign.SmsReceipts.DeliveryState;
import loa.campaign.SmsRequest;
import loa.harness.smsc.CommandStatus;
import loa.harness.smsc.Concatenation;
import loa.harness.smsc.ReceiptState;
import loa.harness.smsc.ReceivedBind;
import loa.harness.smsc.ReceivedMessage;
import loa.harness.smsc.ReceivedPdu;
import loa.harness.smsc.SmeAddress;
import org.jsmpp.bean.BindType;
import org.junit.jupiter.api.Test;

/** The gateway against the harness's SMSC over TCP on 127.0.0.1: binds, messages, receipts, stop. */
class SmppSmsGatewayTest extends SmppGatewayFixture {
    /** 190 characters of the campaign's text: three UCS-2 segments of at most 67. */
    static final String THREE_SEGMENTS = SmppSegmentPduTest.BLUEZONE.substring(0, 190);

    @Test
    void itBindsAsATransceiverWithTheSystemIdPasswordAndSystemTypeOfItsSettings() throws Exception {
        start(test.settings("system-type=VMA"));

        assertThat(gateway.awaitBound(WAIT)).isTrue();
        assertThat(test.smsc.binds()).containsExactly(new ReceivedBind("loa", "VMA", BindType.BIND_TRX, CommandStatus.ESME_ROK));
        assertThat(gateway.stats().link()).isEqualTo(SmppLinkState.BOUND);
    }

    @Test
    void anIdleLinkIsKeptAliveWithEnquireLinkAndOneThatFallsSilentIsBoundAgain() throws Exception {
        start(test.settings("enquire-link=100ms"));
        assertThat(gateway.awaitBound(WAIT)).isTrue();
        SmppAwait.until(WAIT, () -> test.smsc.counters().enquireLinksAnswered() >= 2, "enquire_link on the idle link");

        test.smsc.stopAnswering();
        SmppAwait.until(WAIT, () -> gateway.stats().link() != SmppLinkState.BOUND, "the silent link given up");
        test.smsc.resumeAnswering();

        assertThat(gateway.awaitBound(WAIT)).isTrue();
        assertThat(test.smsc.binds()).filteredOn(ReceivedBind::accepted).hasSizeGreaterThanOrEqualTo(2);
        SmsRequest sms = test.sms("still there");
        gateway.submit(sms, outcomes);
        assertThat(outcomes.await(sms.smsId(), WAIT).kind()).isEqualTo(SmppOutcomes.Kind.SUBMITTED);
    }

    @Test
    void aThreeSegmentUcs2SmsArrivesWholeFromTheAlphanumericSenderToTheInternationalNumber() throws Exception {
        start(test.settings(""));
        SmsRequest sms = test.sms(THREE_SEGMENTS);

        gateway.submit(sms, outcomes);

        SmppOutcomes.Outcome outcome = outcomes.await(sms.smsId(), WAIT);
        assertThat(outcome.kind()).isEqualTo(SmppOutcomes.Kind.SUBMITTED);
        ReceivedMessage message = onlyMessageTo(sms);
        assertThat(message.source()).isEqualTo(new SmeAddress("MOBIFONE.AI", SmeAddress.TON_ALPHANUMERIC, SmeAddress.NPI_UNKNOWN));
        assertThat(message.destination()).isEqualTo(new SmeAddress(sms.to().msisdn(), SmeAddress.TON_INTERNATIONAL, SmeAddress.NPI_ISDN));
        assertThat(message.dataCoding()).isEqualTo(8);
        assertThat(message.segmentCount()).isEqualTo(3);
        assertThat(message.concatenation()).isEqualTo(Concatenation.UDH_8BIT_REF);
        assertThat(message.text()).isEqualTo(THREE_SEGMENTS);
        assertThat(message.messageIds()).isEqualTo(outcome.messageIds());
        assertThat(test.smsc.pdusTo(sms.to().msisdn())).hasSize(3)
                .allSatisfy(pdu -> assertThat(pdu.registeredDelivery()).as("SMSC delivery receipt requested").isEqualTo(1));
    }

    @Test
    void withSarConcatenationTheSegmentsCarryTheSarTlvsAndStillReassemble() throws Exception {
        start(test.settings("concatenation=sar"));
        SmsRequest sms = test.sms(SmppSegmentPduTest.BLUEZONE);

        gateway.submit(sms, outcomes);

        assertThat(outcomes.await(sms.smsId(), WAIT).kind()).isEqualTo(SmppOutcomes.Kind.SUBMITTED);
        ReceivedMessage message = onlyMessageTo(sms);
        assertThat(message.concatenation()).isEqualTo(Concatenation.SAR);
        assertThat(message.text()).isEqualTo(SmppSegmentPduTest.BLUEZONE);
        assertThat(test.smsc.pdusTo(sms.to().msisdn())).allSatisfy(pdu -> {
            assertThat(pdu.esmClass() & ReceivedPdu.ESM_CLASS_UDHI).isZero();
            assertThat(pdu.tlv(ReceivedPdu.TAG_SAR_MSG_REF_NUM)).isNotNull();
        });
    }

    @Test
    void receiptsReachSmsReceiptsMatchedToTheMessageIdsOfEachSegment() throws Exception {
        start(test.settings(""));
        SmsRequest delivered = test.sms(THREE_SEGMENTS);
        SmsRequest undeliverable = test.sms("Xin chào");
        test.smsc.reportFinalState(undeliverable.to().msisdn(), ReceiptState.UNDELIV);

        gateway.submit(delivered, outcomes);
        gateway.submit(undeliverable, outcomes);

        List<String> deliveredIds = outcomes.await(delivered.smsId(), WAIT).messageIds();
        List<String> undeliverableIds = outcomes.await(undeliverable.smsId(), WAIT).messageIds();
        List<String> all = new ArrayList<>(deliveredIds);
        all.addAll(undeliverableIds);
        assertThat(outcomes.awaitReceipts(all, WAIT))
                .containsEntry(deliveredIds.get(0), DeliveryState.DELIVERED)
                .containsEntry(deliveredIds.get(2), DeliveryState.DELIVERED)
                .containsEntry(undeliverableIds.get(0), DeliveryState.UNDELIVERABLE)
                .hasSize(4);
        assertThat(gateway.stats().receipts()).isEqualTo(4);
    }

    @Test
    void theStatsCountWhatWasSubmittedAndTheSmscsLatency() throws Exception {
        start(test.settings(""));
        SmsRequest sms = test.sms("one");

        gateway.submit(sms, outcomes);
        outcomes.await(sms.smsId(), WAIT);
        SmppAwait.until(WAIT, () -> gateway.stats().inFlight() == 0, "the submit thread is done with the SMS");

        SmscStats stats = gateway.stats();
        assertThat(stats.submitted()).isEqualTo(1);
        assertThat(stats.failed() + stats.uncertain() + stats.throttled()).isZero();
        assertThat(stats.latencyAverage()).isPositive().isLessThan(WAIT);
        assertThat(stats.latencyP99()).isPositive();
        assertThat(stats.ratePerSecond()).isInfinite();
    }

    @Test
    void stopUnbindsAndRefusesFurtherSms() throws Exception {
        start(test.settings(""));
        assertThat(gateway.awaitBound(WAIT)).isTrue();

        gateway.stop();

        SmppAwait.until(WAIT, () -> test.smsc.openLinks() == 0, "the SMSC sees the link closed");
        assertThat(gateway.stats().link()).isEqualTo(SmppLinkState.STOPPED);
        assertThatThrownBy(() -> gateway.submit(test.sms("too late"), outcomes))
                .isInstanceOf(RejectedExecutionException.class).hasMessageContaining("not running");
    }

    @Test
    void aFullWindowRefusesTheNextSmsAfterTheWindowWait() throws Exception {
        start(test.settings("window=1&window-wait=100ms"));
        assertThat(gateway.awaitBound(WAIT)).isTrue();
        test.smsc.stopAnswering();
        gateway.submit(test.sms("holds the window"), outcomes);

        assertThatThrownBy(() -> gateway.submit(test.sms("finds it full"), outcomes))
                .isInstanceOf(RejectedExecutionException.class).hasMessageContaining("window of 1 stayed full for 100 ms");
        test.smsc.resumeAnswering();
    }

    private ReceivedMessage onlyMessageTo(SmsRequest sms) throws InterruptedException {
        List<ReceivedMessage> messages = test.smsc.awaitMessagesTo(sms.to().msisdn(), 1, WAIT);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }
}
