package loa.smsworker;

import java.time.Instant;
import loa.campaign.SmsLedger;
import loa.campaign.SmsReceipts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SMSC's delivery receipts, into the SMS records. */
public final class LedgerReceipts implements SmsReceipts {
    private static final Logger log = LoggerFactory.getLogger(LedgerReceipts.class);

    private final SmsLedger ledger;

    public LedgerReceipts(SmsLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void onReceipt(String messageId, DeliveryState state, Instant doneAt) {
        try {
            ledger.receipt(messageId, state, doneAt);
        } catch (RuntimeException e) {
            log.warn("could not record the receipt of message {}: {}", messageId, e.toString());
        }
    }
}
