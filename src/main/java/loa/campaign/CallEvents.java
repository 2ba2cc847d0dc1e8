package loa.campaign;

/**
 * What a {@link CallPlacer} reports about one call, on a thread of its own. For one call the
 * events come one at a time, in order: at most one {@link #onAnswered}, then exactly one
 * {@link #onEnded}.
 */
public interface CallEvents {

    /** The subscriber's phone rings (the first 180/183): the post-dial delay is over. */
    default void onRinging(String callId) {
    }

    /**
     * The network or the voice browser turned the call away for want of capacity ({@code
     * sipStatus}: 503, a 480 with a Q.850 congestion cause, the browser's refusal): the pacer
     * slows down. Comes before the call's {@link #onEnded}.
     */
    default void onCongestion(String callId, int sipStatus) {
    }

    /** The subscriber picked up and is joined to the dialog. */
    void onAnswered(String callId);

    /**
     * The call is over. {@code sipStatus} is the final status that decided {@code outcome}
     * (486, 487, …; 200 for an answered call that has been hung up; 0 when the call failed
     * locally, with no SIP status to blame, e.g. a request that could not be sent).
     */
    void onEnded(String callId, CallOutcome outcome, int sipStatus);
}
