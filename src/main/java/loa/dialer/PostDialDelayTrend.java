package loa.dialer;

import java.time.Duration;

/**
 * Whether post-dial delay is rising: a short-term average of the last few calls well above the
 * long-term baseline. A switch or trunk that struggles answers INVITEs later before it starts
 * refusing them, so this is the earliest congestion signal the launcher gets.
 *
 * <p>Not thread-safe: {@link Pacer} holds its lock around every call.
 */
final class PostDialDelayTrend {
    /** Weight of the short-term average: about the last four calls, so a rise shows within a handful of calls. */
    static final double SHORT_TERM_WEIGHT = 0.25;
    /**
     * Weight of the baseline: about the last hundred calls (a plain mean until then), slow enough
     * that a rise over a few seconds stands out, quick enough that a lasting change of route is
     * learnt within a couple of minutes instead of holding the rate at its floor for ever.
     */
    static final double BASELINE_WEIGHT = 0.01;
    /** A short-term average twice the baseline is a rise, not the spread of ordinary answers. */
    static final double RISE_FACTOR = 2.0;
    /** And a second above it at least, so jitter on tiny delays (0.1 s → 0.3 s) never counts. */
    static final double RISE_FLOOR_SECONDS = 1.0;
    /** No judgement before this many calls: the first few make no baseline. */
    static final int WARM_UP_CALLS = 10;

    private double shortTerm;
    private double baseline;
    private long calls;

    /** Adds the post-dial delay of one call and says whether the delay is now rising. */
    boolean risesWith(Duration pdd) {
        double seconds = Math.max(0, pdd.toNanos() / 1e9);
        calls++;
        shortTerm += (seconds - shortTerm) * Math.max(SHORT_TERM_WEIGHT, 1.0 / calls);
        boolean rising = calls > WARM_UP_CALLS && shortTerm > baseline * RISE_FACTOR
                && shortTerm > baseline + RISE_FLOOR_SECONDS;
        baseline += (seconds - baseline) * Math.max(BASELINE_WEIGHT, 1.0 / calls);
        return rising;
    }
}
