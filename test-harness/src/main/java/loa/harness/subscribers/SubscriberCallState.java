package loa.harness.subscribers;

/** Where a call to a subscriber stands, as its UAS sees it (RFC 3261 §13.3.1). */
enum SubscriberCallState {
    /** The INVITE came in; nothing sent yet. */
    INVITED,
    /** 180 Ringing sent (RFC 3261 §13.3.1.1); answering later, or never. */
    RINGING,
    /**
     * 200 OK sent, waiting for the ACK (RFC 3261 §13.3.1.4); when the INVITE had no SDP the 200
     * carried the offer and the ACK brings the answer (RFC 3264 §5, RFC 3725 §4.1 flow I).
     */
    AWAITING_ACK,
    /** ACK received: media both ways, key presses and hang-ups on schedule. */
    CONNECTED,
    /** Over: refused, cancelled, hung up or broken. */
    ENDED
}
