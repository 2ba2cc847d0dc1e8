package loa.campaign;

import java.time.Instant;

/** What follows an attempt that ended: nothing more for this subscriber, or one more call, not before a moment. */
public sealed interface RetryDecision {

    /** Why a subscriber gets no further call. */
    enum Reason {
        /** The subscriber picked up; what they answered is the dialog's business. */
        ANSWERED,
        /** The campaign file does not retry this outcome (e.g. an invalid number). */
        OUTCOME_NOT_RETRIED,
        /** The attempt that ended was the last one allowed (the second, for Bluezone). */
        ATTEMPTS_EXHAUSTED
    }

    /** No further attempt, and why. */
    record Final(Reason reason) implements RetryDecision {
    }

    /** One more attempt, not before {@code notBefore}: a moment at which a call may start. */
    record RetryNotBefore(Instant notBefore) implements RetryDecision {
    }
}
