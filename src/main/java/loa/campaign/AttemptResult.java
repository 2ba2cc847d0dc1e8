package loa.campaign;

import java.time.Instant;
import java.util.Objects;

/**
 * How one call attempt went, as the launcher saw it: the record kept of every attempt.
 *
 * @param callId    the attempt's id (SIP header, dialog URL, logs)
 * @param outcome   how it ended
 * @param sipStatus the final status behind the outcome (0 when no SIP status decided it)
 * @param started   when the INVITE left
 * @param answered  when the subscriber was joined to the dialog, or null
 * @param ended     when it was over
 * @param window    the calling window it was placed in
 */
public record AttemptResult(String callId, CallOutcome outcome, int sipStatus, Instant started, Instant answered,
                            Instant ended, WindowId window) {
    public AttemptResult {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(ended, "ended");
        Objects.requireNonNull(window, "window");
    }
}
