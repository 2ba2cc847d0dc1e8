package loa.sip;

import java.util.Set;
import loa.campaign.CallOutcome;

/**
 * The one table that turns the subscriber leg's final response to our INVITE into a
 * {@link CallOutcome}, sorted by what the campaign does next (STYLE.md habit 3). It takes the
 * bare status code, so it holds no SIP library type and the launcher's tests can use it as is.
 */
public final class SipOutcomes {
    /**
     * Q.850 causes (in a Reason header, RFC 3326) that RFC 3398 §8.2.6.1 maps to 503: the
     * network has no circuit or resource for the call, so a 480 carrying one is congestion.
     */
    private static final Set<Integer> CONGESTION_CAUSES = Set.of(34, 38, 41, 42, 44, 47);

    private SipOutcomes() {
    }

    /** How an attempt ended, from the final status (200–699) of the subscriber's INVITE. */
    public static CallOutcome of(int status) {
        if (status < 200 || status > 699) throw new IllegalArgumentException("not a final SIP status: " + status);
        return switch (status) {
            case 486, 600 -> CallOutcome.BUSY; // RFC 3261 §21.4.24, §21.6.1
            // 603 Decline (RFC 3261 §21.6.2): the phone was reached and its user refused this call,
            // and the RFC lets the refusal name "a better time to call". A mobile user pressing
            // "reject" sends 603 on some networks and 486 on others, so it is treated as BUSY: the
            // subscriber did not pick up now, and is tried once more in a later window.
            case 603 -> CallOutcome.BUSY;
            case 487 -> CallOutcome.NO_ANSWER; // our CANCEL after the ring time-out (§21.4.25)
            case 408, 480 -> CallOutcome.UNREACHABLE; // switched off, out of coverage (§21.4.9, §21.4.18)
            // 404, 484: no such number or too few digits; 410: a number taken out of service
            // (RFC 3398 maps Q.850 cause 22 "number changed" to it); 604: "does not exist anywhere".
            case 404, 410, 484, 604 -> CallOutcome.INVALID_NUMBER;
            // 403: the network forbids this call (incoming calls barred, the subscriber's block
            // list); 607 Unwanted (RFC 8197) and 608 Rejected (RFC 8688): the called party or an
            // intermediary marked the call unwanted. None is to be tried again.
            case 403, 607, 608 -> CallOutcome.REJECTED;
            default -> byClass(status);
        };
    }

    /**
     * Whether a final status says the network is overloaded, so the pacer should slow down: only
     * 503 Service Unavailable (RFC 3261 §21.5.4). Busy (486) is the subscriber's own line and
     * says nothing about the network, so it is not congestion, nor are failures of single calls.
     */
    public static boolean isCongestion(int status) {
        return status == 503;
    }

    /**
     * As {@link #isCongestion(int)}, also counting a 480 whose Reason header carries a Q.850
     * congestion cause ({@code q850Cause}, 0 when there is none), as some trunks send it.
     */
    public static boolean isCongestion(int status, int q850Cause) {
        return isCongestion(status) || (status == 480 && CONGESTION_CAUSES.contains(q850Cause));
    }

    /**
     * Everything not named above: other 2xx set up the call like 200; 3xx is FAILED because the
     * trunk is our only route and we follow no redirect; other 4xx (auth, forbidden, bad request)
     * and every 5xx are the network's or our fault, not the subscriber's; 606 Not Acceptable is a
     * media mismatch.
     */
    private static CallOutcome byClass(int status) {
        return status < 300 ? CallOutcome.ANSWERED : CallOutcome.FAILED;
    }
}
