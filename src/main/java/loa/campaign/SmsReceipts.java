package loa.campaign;

import java.time.Instant;

/** Delivery receipts from the SMSC, matched to the message ids it gave at submission. */
public interface SmsReceipts {

    /** The final state of the segment the SMSC called {@code messageId}. */
    void onReceipt(String messageId, DeliveryState state, Instant doneAt);

    /** A receipt's final state (SMPP 3.4 appendix B). */
    enum DeliveryState {
        DELIVERED, EXPIRED, DELETED, UNDELIVERABLE, REJECTED, UNKNOWN
    }
}
