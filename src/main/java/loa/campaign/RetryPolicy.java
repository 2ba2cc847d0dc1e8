package loa.campaign;

import java.time.Duration;
import java.util.Set;

/**
 * How often a subscriber may be called: at most {@code maxAttempts}; a further attempt only
 * after an outcome in {@code retryOn}, no sooner than {@code retryAfter} after the previous
 * one and, when {@code laterWindow}, in a later window than it.
 */
public record RetryPolicy(int maxAttempts, Set<CallOutcome> retryOn, Duration retryAfter, boolean laterWindow) {
    public RetryPolicy {
        retryOn = Set.copyOf(retryOn);
        if (maxAttempts < 1) throw new IllegalArgumentException("max attempts must be at least 1");
        if (retryOn.contains(CallOutcome.ANSWERED)) {
            throw new IllegalArgumentException("an answered call is never retried");
        }
    }
}
