package loa.sip;

/**
 * Where one launcher call stands in third-party call control, RFC 3725 §4.1 (flow I): the
 * controller INVITEs the subscriber with no SDP, takes the offer from the 200, INVITEs the voice
 * browser with it, and ACKs the subscriber with the browser's answer.
 */
enum ThirdPartyCallState {
    /** Not sent yet. */
    IDLE,
    /** RFC 3725 §4.1 step 1: INVITE with no offer sent to the subscriber, ringing. */
    INVITING_SUBSCRIBER,
    /** Rang out the ring timeout: CANCEL sent (RFC 3261 §9), waiting for the 487. */
    CANCELLING,
    /** RFC 3725 §4.1 steps 2–3: the subscriber's 200 carried offer1; INVITE with it sent to the voice browser. */
    AWAITING_BROWSER_ANSWER,
    /** RFC 3725 §4.1 steps 4–6: the browser's answer1 is in the subscriber's ACK, both legs ACKed; media flows. */
    CONNECTED,
    /** Over (onEnded has been told); late responses and BYEs are still answered, and a late 200 is hung up. */
    ENDED
}
