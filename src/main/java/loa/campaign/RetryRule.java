package loa.campaign;

import java.time.Instant;

/**
 * The campaign's retry rule (CAMPAIGN.md §2): after an outcome it retries, and while attempts
 * remain, one more call no sooner than the retry delay and, when the campaign asks for it, in a
 * later window than the attempt that failed. It never allows more than the maximum attempts.
 */
public final class RetryRule {
    private final RetryPolicy policy;
    private final CallingSchedule schedule;

    public RetryRule(RetryPolicy policy, CallingSchedule schedule) {
        this.policy = policy;
        this.schedule = schedule;
    }

    /** The rule of {@code campaign}, over its own windows. */
    public static RetryRule of(Campaign campaign) {
        return new RetryRule(campaign.retry(), new CallingSchedule(campaign));
    }

    /**
     * What follows attempt number {@code attempt} (1 for the first call), which ended with
     * {@code outcome} at {@code endedAt} and was placed in {@code window}.
     */
    public RetryDecision after(int attempt, CallOutcome outcome, Instant endedAt, WindowId window) {
        if (attempt < 1) throw new IllegalArgumentException("attempts are numbered from 1: " + attempt);
        if (outcome == CallOutcome.ANSWERED) return new RetryDecision.Final(RetryDecision.Reason.ANSWERED);
        if (!policy.retryOn().contains(outcome)) return new RetryDecision.Final(RetryDecision.Reason.OUTCOME_NOT_RETRIED);
        if (attempt >= policy.maxAttempts()) return new RetryDecision.Final(RetryDecision.Reason.ATTEMPTS_EXHAUSTED);
        return new RetryDecision.RetryNotBefore(retryTime(endedAt, window));
    }

    private Instant retryTime(Instant endedAt, WindowId window) {
        Instant earliest = endedAt.plus(policy.retryAfter());
        return policy.laterWindow()
                ? schedule.firstCallStartAfter(earliest, window)
                : schedule.firstCallStart(earliest);
    }
}
