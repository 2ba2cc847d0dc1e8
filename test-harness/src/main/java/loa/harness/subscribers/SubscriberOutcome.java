package loa.harness.subscribers;

import loa.harness.sip.SipStatus;

/**
 * How a call to a subscriber ended, from the subscriber's side, and the one place where a refusal
 * becomes its SIP status.
 */
public enum SubscriberOutcome {
    /** Still ringing or talking. */
    IN_PROGRESS(0),
    /** 200 OK and ACK: a conversation took place. */
    ANSWERED(SipStatus.OK.code()),
    /** 486 Busy Here. */
    BUSY(SipStatus.BUSY_HERE.code()),
    /** 480 Temporarily Unavailable: switched off or out of coverage. */
    UNREACHABLE(SipStatus.TEMPORARILY_UNAVAILABLE.code()),
    /** 404 Not Found: no such subscriber. */
    INVALID(SipStatus.NOT_FOUND.code()),
    /** Another final refusal a test asked for. */
    REJECTED(0),
    /** The caller's CANCEL while ringing: 487 Request Terminated. */
    CANCELLED(SipStatus.REQUEST_TERMINATED.code()),
    /** The call broke: an offer without G.711 (488), no answer in the ACK, or no ACK at all. */
    FAILED(0);

    private final int status;

    SubscriberOutcome(int status) {
        this.status = status;
    }

    /** The SIP status this outcome is sent as; 0 when it has none of its own. */
    public int status() {
        return status;
    }

    /** The outcome a refusal with {@code status} means. */
    public static SubscriberOutcome ofRejection(int status) {
        for (SubscriberOutcome outcome : new SubscriberOutcome[] {BUSY, UNREACHABLE, INVALID, CANCELLED}) {
            if (outcome.status == status) {
                return outcome;
            }
        }
        return REJECTED;
    }
}
