package loa.sms;

/** The link to the SMSC as the gateway's supervision sees it. */
public enum SmppLinkState {
    /** Not started yet. */
    IDLE,
    /** Connecting and waiting for the bind_resp (SMPP 3.4 §4.1). */
    BINDING,
    /** Bound: submit_sm may go (SMPP 3.4 §2.2, BOUND_TX or BOUND_TRX). */
    BOUND,
    /** The bind failed or the link went down; waiting the back-off before binding again. */
    WAITING_TO_REBIND,
    /** Unbound by stop(); it stays so. */
    STOPPED
}
