package loa.harness.sip;

import java.util.Optional;

/**
 * One incoming call's behaviour. The endpoint calls these on the call's own serial executor, one
 * at a time and in order, so implementations keep their state without locks; they answer through
 * the call's {@link ServerCall}. None of them may block.
 */
public interface SipCallHandler {

    /** The INVITE that began the call: answer, ring or reject it through the {@link ServerCall}. */
    void onInvite();

    /** The ACK of the 200 OK, with its SDP when the INVITE had none (RFC 3264 §5 offer in the 200, answer in the ACK). */
    default void onAck(Optional<String> sdp) {
    }

    /** A CANCEL that came before the final response: 200 has gone to the CANCEL and 487 to the INVITE. */
    default void onCancel() {
    }

    /** The caller's BYE: 200 OK has gone back. */
    default void onBye() {
    }

    /** The stack gave up on the call (no ACK, no answer to a BYE) or ended its dialog; no effect once the call is over. */
    default void onTerminated() {
    }
}
