package loa.sms;

/**
 * How the gateway binds (SMPP 3.4 §4.1). A transceiver gets the delivery receipts on the same
 * link; a transmitter only submits, and its receipts go to whatever receiver the SMSC knows.
 */
public enum SmppBindType {
    TRANSMITTER,
    TRANSCEIVER
}
