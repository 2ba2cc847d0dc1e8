package loa.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import loa.campaign.SmsReceipts.DeliveryState;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.junit.jupiter.api.Test;

class SmppReceiptTest {
    private static final Instant ARRIVED = Instant.parse("2026-05-04T03:00:00Z");
    private static final byte RECEIPT = 0x04;

    @Test
    void theTlvsNameTheMessageAndItsStateAndTheTextGivesTheDoneDate() {
        DeliverSm sm = receipt("id:ignored sub:001 dlvrd:001 submit date:2605040959 done date:2605041001 stat:UNDELIV err:000 text:x",
                new OptionalParameter.Receipted_message_id("0000000042"), new OptionalParameter.Message_state((byte) 2));

        assertThat(SmppReceipt.of(sm, ZoneOffset.UTC, ARRIVED))
                .contains(new SmppReceipt("0000000042", DeliveryState.DELIVERED, Instant.parse("2026-05-04T10:01:00Z")));
    }

    @Test
    void withoutTlvsTheTextOfAppendixBIsRead() {
        DeliverSm sm = receipt("id:0000000007 sub:001 dlvrd:000 submit date:2605040959 done date:260504100130 stat:EXPIRED err:001 text:Bo TT");

        assertThat(SmppReceipt.of(sm, ZoneId.of("Asia/Ho_Chi_Minh"), ARRIVED))
                .contains(new SmppReceipt("0000000007", DeliveryState.EXPIRED, Instant.parse("2026-05-04T03:01:30Z")));
    }

    @Test
    void everyFinalStatWordHasItsState() {
        assertThat(stateOf("DELIVRD")).isEqualTo(DeliveryState.DELIVERED);
        assertThat(stateOf("EXPIRED")).isEqualTo(DeliveryState.EXPIRED);
        assertThat(stateOf("DELETED")).isEqualTo(DeliveryState.DELETED);
        assertThat(stateOf("UNDELIV")).isEqualTo(DeliveryState.UNDELIVERABLE);
        assertThat(stateOf("REJECTD")).isEqualTo(DeliveryState.REJECTED);
        assertThat(stateOf("UNKNOWN")).isEqualTo(DeliveryState.UNKNOWN);
        assertThat(stateOf("ACCEPTD")).isEqualTo(DeliveryState.UNKNOWN);
        assertThat(stateOf("delivrd")).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void anUnreadableDoneDateFallsBackToTheArrival() {
        DeliverSm sm = receipt("id:9 stat:DELIVRD done date:yesterday");

        assertThat(SmppReceipt.of(sm, ZoneOffset.UTC, ARRIVED)).map(SmppReceipt::doneAt).contains(ARRIVED);
    }

    @Test
    void anIntermediateNotificationOrAMessageThatIsNoReceiptIsNotAReceipt() {
        assertThat(SmppReceipt.of(receipt("id:9 stat:ENROUTE"), ZoneOffset.UTC, ARRIVED)).isEmpty();
        assertThat(SmppReceipt.of(receipt("stat:DELIVRD"), ZoneOffset.UTC, ARRIVED)).isEmpty();
        DeliverSm mobileOriginated = receipt("id:9 stat:DELIVRD");
        mobileOriginated.setEsmClass((byte) 0);
        assertThat(SmppReceipt.of(mobileOriginated, ZoneOffset.UTC, ARRIVED)).isEmpty();
    }

    @Test
    void aFieldIsFoundOnlyAtTheStartOfAWord() {
        assertThat(SmppReceipt.field("msgid:1 id:2 stat:DELIVRD", "id:")).isEqualTo("2");
        assertThat(SmppReceipt.field("Id:3 Stat:DELIVRD", "stat:")).isEqualTo("DELIVRD");
        assertThat(SmppReceipt.field("id:3", "stat:")).isNull();
    }

    private static DeliveryState stateOf(String stat) {
        return SmppReceipt.of(receipt("id:1 stat:" + stat), ZoneOffset.UTC, ARRIVED).orElseThrow().state();
    }

    private static DeliverSm receipt(String text, OptionalParameter... tlvs) {
        DeliverSm sm = new DeliverSm();
        sm.setEsmClass(RECEIPT);
        sm.setShortMessage(text.getBytes(StandardCharsets.US_ASCII));
        sm.setOptionalParameters(tlvs);
        return sm;
    }
}
