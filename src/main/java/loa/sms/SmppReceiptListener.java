package loa.sms;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import loa.campaign.SmsReceipts;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads delivery receipts on jSMPP's PDU threads and hands each to {@link SmsReceipts} on the
 * gateway's receipt thread, so that recording it never delays a submit_sm_resp. Every deliver_sm
 * is answered ESME_ROK (one that is not a receipt, or cannot be read, is logged and dropped),
 * except when the receipt queue is full: then ESME_RX_T_APPN, and the SMSC delivers it again later.
 */
final class SmppReceiptListener implements MessageReceiverListener {
    private static final Logger log = LoggerFactory.getLogger(SmppReceiptListener.class);
    private static final int ESME_RINVCMDID = 0x03;

    private final SmsReceipts receipts;
    private final Executor receiptThread;
    private final ZoneId zone;
    private final Clock clock;
    private final SmppCounters counters;

    SmppReceiptListener(SmsReceipts receipts, Executor receiptThread, ZoneId zone, Clock clock, SmppCounters counters) {
        this.receipts = receipts;
        this.receiptThread = receiptThread;
        this.zone = zone;
        this.clock = clock;
        this.counters = counters;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        SmppReceipt receipt = SmppReceipt.of(deliverSm, zone, clock.instant()).orElse(null);
        if (receipt == null) {
            log.info("SMSC deliver_sm ignored: not a final delivery receipt that names a message id (esm_class {})",
                    deliverSm.getEsmClass());
            return;
        }
        try {
            receiptThread.execute(() -> hand(receipt));
        } catch (RejectedExecutionException full) {
            log.warn("SMSC receipt for {} refused with ESME_RX_T_APPN: the receipt queue is full", receipt.messageId());
            throw new ProcessRequestException("receipt queue full", SmppErrors.ESME_RX_T_APPN);
        }
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        log.debug("SMSC alert_notification ignored");
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm is not accepted by loa", ESME_RINVCMDID);
    }

    private void hand(SmppReceipt receipt) {
        counters.receipt();
        try {
            receipts.onReceipt(receipt.messageId(), receipt.state(), receipt.doneAt());
        } catch (RuntimeException e) {
            log.warn("receipt for {} ({}) could not be recorded", receipt.messageId(), receipt.state(), e);
        }
    }
}
