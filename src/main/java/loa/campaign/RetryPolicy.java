package loa.campaign;

import java.time.Duration;
import java.util.Set;

/**
 * How often a subscriber may be called: at most {@code maxAttempts}; a further attempt only
 * after an outcome in {@code retryOn}, no sooner than {@code retryAfter} after the previous
 * one and, when {@code laterWindow}, in a later window than it.
 */
public record RetryPolicy(int maxAttempts, Set<CallOutcome> retryOn, Duration retryAfter, boolean laterWindow) {
    /** CAMPAIGN.md: never a third attempt. The store's states know a first call and one retry, no more. */
    public static final int MOST_ATTEMPTS = 2;

    public RetryPolicy {
        retryOn = Set.copyOf(retryOn);
        if (maxAttempts < 1 || maxAttempts > MOST_ATTEMPTS) {
            throw new IllegalArgumentException("max attempts must be 1 or " + MOST_ATTEMPTS + ": " + maxAttempts);
        }
        if (retryOn.contains(CallOutcome.ANSWERED)) {
            throw new IllegalArgumentException("an answered call is never retried");
        }
    }
}
