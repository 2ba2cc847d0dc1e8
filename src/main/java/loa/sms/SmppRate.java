package loa.sms;

import java.util.function.LongSupplier;

/**
 * The pace of submit_sm: a token bucket at the rate in force, halved when the SMSC says it is
 * overloaded (ESME_RTHROTTLED, ESME_RMSGQFUL) and grown again by a tenth each second in which
 * submits had to wait for it and nothing was throttled (additive-increase in spirit, bounded by
 * the configured limit). With no configured limit the rate is unlimited until the first
 * throttle, which sets it to half of what was sent in the last second.
 *
 * <p>Threading: every method is synchronized and returns at once; callers wait outside, for the
 * time {@link #reserve()} returns.
 */
final class SmppRate {
    /** Never slower than one submit a second: slower, too few answers come back to tell the SMSC recovered. */
    static final double MIN_RATE = 1.0;
    static final double DECREASE_FACTOR = 0.5;
    static final double INCREASE_FACTOR = 1.1;
    /** One overload answers a whole window with ESME_RTHROTTLED at once: those within a second count as one. */
    static final long INTERVAL_NANOS = 1_000_000_000L;
    /** The bucket holds a tenth of a second of submits (one at least), so an idle gateway never bursts. */
    static final double BUCKET_SECONDS = 0.1;
    private static final double NANOS = 1e9;

    private final LongSupplier nanoTime;
    private final double ceiling;
    private double rate;
    private double tokens;
    private long refilledAt;
    private long intervalStart;
    private long lastDecrease;
    private int sentThisInterval;
    private int sentLastInterval;
    private boolean waitedThisInterval;
    private boolean throttledThisInterval;

    /** @param perSecond the configured limit; 0 = none */
    SmppRate(int perSecond, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.ceiling = perSecond == 0 ? Double.POSITIVE_INFINITY : perSecond;
        this.rate = ceiling;
        long now = nanoTime.getAsLong();
        refilledAt = now;
        intervalStart = now;
        lastDecrease = now - INTERVAL_NANOS;
        tokens = bucket();
    }

    /** Takes the next submit's slot; returns the nanoseconds to wait before sending it (0: now). */
    synchronized long reserve() {
        long now = nanoTime.getAsLong();
        roll(now);
        sentThisInterval++;
        if (unlimited()) {
            return 0;
        }
        refill(now);
        tokens -= 1;
        if (tokens >= 0) {
            return 0;
        }
        waitedThisInterval = true;
        return (long) Math.ceil(-tokens / rate * NANOS);
    }

    /** The SMSC refused a submit for overload: halve the rate, once per interval however many say so. */
    synchronized void throttled() {
        long now = nanoTime.getAsLong();
        roll(now);
        throttledThisInterval = true;
        if (now - lastDecrease < INTERVAL_NANOS) {
            return;
        }
        lastDecrease = now;
        if (unlimited()) {
            rate = Math.max(MIN_RATE, Math.max(sentThisInterval, sentLastInterval) * DECREASE_FACTOR);
            tokens = 0;
            refilledAt = now;
            return;
        }
        refill(now);
        rate = Math.max(MIN_RATE, rate * DECREASE_FACTOR);
        tokens = Math.min(tokens, bucket());
    }

    /** Submits a second in force now; infinite when there is no limit. */
    synchronized double perSecond() {
        roll(nanoTime.getAsLong());
        return rate;
    }

    private void roll(long now) {
        if (now - intervalStart < INTERVAL_NANOS) {
            return;
        }
        if (waitedThisInterval && !throttledThisInterval && !unlimited()) {
            refill(now);
            rate = Math.min(ceiling, rate * INCREASE_FACTOR);
        }
        sentLastInterval = now - intervalStart < 2 * INTERVAL_NANOS ? sentThisInterval : 0;
        sentThisInterval = 0;
        waitedThisInterval = false;
        throttledThisInterval = false;
        intervalStart = now;
    }

    private void refill(long now) {
        tokens = Math.min(bucket(), tokens + (now - refilledAt) * rate / NANOS);
        refilledAt = now;
    }

    private double bucket() {
        return unlimited() ? 0 : Math.max(1, rate * BUCKET_SECONDS);
    }

    private boolean unlimited() {
        return Double.isInfinite(rate);
    }
}
