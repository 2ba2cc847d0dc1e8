package loa.campaign;

/**
 * Places one outbound call: rings the subscriber and, once answered, joins the subscriber to the
 * campaign's dialog. Implementations are named after their technology (loa.sip.SipCallPlacer).
 *
 * <p>Threading: {@link #place} returns at once, before the call is even sent; what happens to the
 * call is reported to {@link CallEvents} later, on another thread, never on the caller's.
 */
public interface CallPlacer {

    /** Starts the call {@code request}; {@code events} hears of its answer and, exactly once, of its end. */
    void place(CallRequest request, CallEvents events);
}
