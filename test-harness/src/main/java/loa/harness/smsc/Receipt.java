package loa.harness.smsc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.SMPPServerSession;

/**
 * The delivery receipt for one accepted submit: a deliver_sm from the subscriber back to the
 * sender, esm_class "SMSC delivery receipt", the text of SMPP 3.4 Appendix B, and the
 * receipted_message_id and message_state TLVs (§5.3.2.12, §5.3.2.35).
 */
record Receipt(ReceivedPdu submit, ReceiptState state) {
    private static final DateTimeFormatter RECEIPT_DATE = DateTimeFormatter.ofPattern("yyMMddHHmm").withZone(ZoneOffset.UTC);
    /** Appendix B: the receipt quotes the first 20 characters of the message. */
    private static final int QUOTED_CHARS = 20;
    private static final String SERVICE_TYPE = "";

    /** {@code id:0000000001 sub:001 dlvrd:001 submit date:2406011200 done date:2406011200 stat:DELIVRD err:000 text:...} */
    String text(Instant doneAt) {
        String delivered = state == ReceiptState.DELIVRD ? "001" : "000";
        return "id:" + submit.messageId() + " sub:001 dlvrd:" + delivered
                + " submit date:" + RECEIPT_DATE.format(submit.receivedAt()) + " done date:" + RECEIPT_DATE.format(doneAt)
                + " stat:" + state + " err:" + state.error() + " text:" + quoted();
    }

    /** Sends it; blocks until the ESME's deliver_sm_resp or the session's transaction timer. */
    void deliverOver(SMPPServerSession session, Instant doneAt) throws PDUException, ResponseTimeoutException,
            InvalidResponseException, NegativeResponseException, IOException {
        SmeAddress from = submit.destination();
        SmeAddress to = submit.source();
        session.deliverShortMessage(SERVICE_TYPE,
                TypeOfNumber.valueOf((byte) from.ton()), NumberingPlanIndicator.valueOf((byte) from.npi()), from.address(),
                TypeOfNumber.valueOf((byte) to.ton()), NumberingPlanIndicator.valueOf((byte) to.npi()), to.address(),
                new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO,
                text(doneAt).getBytes(StandardCharsets.US_ASCII),
                new OptionalParameter.Receipted_message_id(submit.messageId()),
                new OptionalParameter.Message_state((byte) state.messageState()));
    }

    /** Characters outside ASCII (the Vietnamese ones, say) become '?' in the receipt's ASCII text. */
    private String quoted() {
        String text = TextDecoder.decode(submit.dataCoding(), Segment.of(submit).payload());
        return text.substring(0, Math.min(QUOTED_CHARS, text.length()));
    }
}
