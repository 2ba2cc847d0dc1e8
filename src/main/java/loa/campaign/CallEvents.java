package loa.campaign;

/**
 * What a {@link CallPlacer} reports about one call, on a thread of its own. For one call the
 * events come one at a time, in order: at most one {@link #onAnswered}, then exactly one
 * {@link #onEnded}.
 */
public interface CallEvents {

    /** The subscriber picked up and is joined to the dialog. */
    void onAnswered(String callId);

    /**
     * The call is over. {@code sipStatus} is the final status that decided {@code outcome}
     * (486, 487, …; 200 for an answered call that has been hung up; 0 when the call failed
     * locally, with no SIP status to blame, e.g. a request that could not be sent).
     */
    void onEnded(String callId, CallOutcome outcome, int sipStatus);
}
