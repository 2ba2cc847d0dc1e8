package loa.harness.voicebrowser;

/** Where a voice-browser call stands (RFC 3261 §13.3.1 for the UAS; RFC 5552 §2 for the dialog). */
enum BrowserCallState {
    /** The INVITE came in. */
    INVITED,
    /** 200 OK sent with the answer (or, for an INVITE without SDP, the offer); waiting for the ACK. */
    AWAITING_ACK,
    /** ACK received: the dialog runs on its own thread. */
    DIALOG_RUNNING,
    /** Over: refused, hung up by either side, or the dialog ended. */
    ENDED
}
