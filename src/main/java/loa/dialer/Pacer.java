package loa.dialer;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Paces one campaign's new calls: a token bucket at the rate in force, a hard cap of
 * simultaneous channels, a ramp-up when a window opens, and closed-loop back-off on congestion
 * (additive increase, multiplicative decrease). The rate grows only in an interval where calls
 * wanted more permits than the rate gave, calls reached subscribers and nothing signalled
 * congestion, so failing calls or idle time never make it faster.
 *
 * <p>Threading: every method is synchronized and returns at once; the launcher's loop and the
 * call-event threads may call it concurrently. The loop does its own waiting, for
 * {@link #nanosToNextPermit()}.
 */
public final class Pacer {
    /** A window opens at a tenth of the limit, so a whole trunk's worth of INVITEs doesn't land in its first second. */
    static final double START_SHARE = 0.10;
    /** Neither the start nor the floor goes below one call a second (unless the limit does): slower, too few calls come back to tell that the network copes. */
    static final double MIN_RATE = 1.0;
    /** Additive increase: a twentieth of the limit a good interval, so the start rate reaches the limit in 18 s. */
    static final double INCREASE_SHARE = 0.05;
    /** The rate grows at most once a second: long enough for the last step's calls to be answered or refused. */
    static final long INCREASE_INTERVAL_NANOS = 1_000_000_000L;
    /** Multiplicative decrease halves the rate, TCP's factor: two bad seconds take a quarter of the load away. */
    static final double DECREASE_FACTOR = 0.5;
    /** One overload answers many calls with 503 at once; all the signals within a second count as one. */
    static final long DECREASE_INTERVAL_NANOS = 1_000_000_000L;
    /** Back-off stops at a twentieth of the limit, where calls still come back often enough to climb out. */
    static final double FLOOR_SHARE = 0.05;
    /** The bucket holds 0.2 s of calls (one at least), so an idle loop never bursts when calls become due. */
    static final double BUCKET_SECONDS = 0.2;
    /** The loop wakes at least this often, to see limits changed and channels freed. */
    static final long MAX_WAIT_NANOS = 100_000_000L;

    private final LongSupplier nanoTime;
    private final PostDialDelayTrend postDialDelay = new PostDialDelayTrend();
    private double limit;
    private int channels;
    private double rate;
    private double tokens = 1;
    private long lastRefill;
    private long intervalStart;
    private long lastDecrease;
    private int rateBoundTakes;
    private boolean lastTakeRateBound;
    private int completions;
    private boolean congested;

    /** Time comes from {@code nanoTime} (System::nanoTime in production, a fake in tests). */
    public Pacer(double callsPerSecond, int channels, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        validate(callsPerSecond, channels);
        this.limit = callsPerSecond;
        this.channels = channels;
        long now = nanoTime.getAsLong();
        lastRefill = now;
        intervalStart = now;
        lastDecrease = now - DECREASE_INTERVAL_NANOS;
        rate = startRate();
    }

    /** Changes the operator's limits while running; the current rate never exceeds the new limit. 0 channels hold new calls. */
    public synchronized void setLimits(double callsPerSecond, int channels) {
        validate(callsPerSecond, channels);
        advance();
        this.limit = callsPerSecond;
        this.channels = channels;
        setRate(Math.min(rate, limit));
    }

    /** A window opened (or the launcher started/resumed): start again from the ramp-up rate instead of bursting. */
    public synchronized void rampUp() {
        advance();
        setRate(startRate());
    }

    /**
     * How many calls may start now given {@code inFlight} calls up: min(whole tokens, channels - inFlight), and takes them. Never negative.
     * Asking for more {@code wanted} than the tokens is the demand that lets the rate grow, unless permits are given back after it.
     */
    public synchronized int take(int inFlight, int wanted) {
        advance();
        int whole = (int) tokens;
        int free = Math.max(0, channels - inFlight);
        lastTakeRateBound = wanted > whole && free > whole;
        if (lastTakeRateBound) {
            rateBoundTakes++;
        }
        int granted = Math.max(0, Math.min(wanted, Math.min(whole, free)));
        tokens -= granted;
        return granted;
    }

    /** Gives back permits taken but not used (nobody was due): then the take that asked for more was no demand either. */
    public synchronized void giveBack(int permits) {
        if (permits <= 0) {
            return;
        }
        tokens = Math.min(depth(), tokens + permits);
        if (lastTakeRateBound) {
            rateBoundTakes = Math.max(0, rateBoundTakes - 1);
            lastTakeRateBound = false;
        }
    }

    /** Nanoseconds until the next permit could be available (for the loop to wait), at most {@link #MAX_WAIT_NANOS}. */
    public synchronized long nanosToNextPermit() {
        advance();
        if (tokens >= 1) {
            return 0;
        }
        return Math.min(MAX_WAIT_NANOS, (long) Math.ceil((1 - tokens) / rate * 1e9));
    }

    /** A call ended with a congestion signal (503, 480 w/ congestion cause, voice browser refused): multiplicative decrease, at most once per decrease interval. */
    public synchronized void onCongestion() {
        decrease(advance());
    }

    /** The post-dial delay of one call (INVITE to first provisional/final response from the subscriber side); rising PDD counts as congestion. */
    public synchronized void onPostDialDelay(Duration pdd) {
        long now = advance();
        if (postDialDelay.risesWith(pdd)) {
            decrease(now);
        }
    }

    /** A call was set up (reached the subscriber, whatever the outcome that is not congestion): evidence the network copes, allowing additive increase. */
    public synchronized void onCallCompleted() {
        advance();
        completions++;
    }

    /** The rate in force now (calls/s), for logs and the dashboard. */
    public synchronized double rate() {
        advance();
        return rate;
    }

    /** The channel limit in force now. */
    public synchronized int channels() {
        return channels;
    }

    private long advance() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(depth(), tokens + rate * (now - lastRefill) / 1e9);
        lastRefill = now;
        long elapsed = now - intervalStart;
        if (elapsed >= INCREASE_INTERVAL_NANOS) {
            closeInterval();
            intervalStart += elapsed - elapsed % INCREASE_INTERVAL_NANOS;
        }
        return now;
    }

    /** Events always advance first, so the counters belong to the interval being closed; the idle ones after it count nothing. */
    private void closeInterval() {
        if (rateBoundTakes > 0 && completions > 0 && !congested) {
            setRate(Math.min(limit, rate + limit * INCREASE_SHARE));
        }
        rateBoundTakes = 0;
        lastTakeRateBound = false;
        completions = 0;
        congested = false;
    }

    private void decrease(long now) {
        congested = true;
        if (now - lastDecrease >= DECREASE_INTERVAL_NANOS) {
            // min: a rate already under the floor (the limit was just raised) must not rise on congestion.
            setRate(Math.min(rate, Math.max(floorRate(), rate * DECREASE_FACTOR)));
            lastDecrease = now;
        }
    }

    private void setRate(double newRate) {
        rate = newRate;
        tokens = Math.min(tokens, depth());
    }

    private double depth() {
        return Math.max(1, rate * BUCKET_SECONDS);
    }

    private double startRate() {
        return Math.min(limit, Math.max(MIN_RATE, limit * START_SHARE));
    }

    private double floorRate() {
        return Math.min(limit, Math.max(MIN_RATE, limit * FLOOR_SHARE));
    }

    private static void validate(double callsPerSecond, int channels) {
        if (!(callsPerSecond > 0) || Double.isInfinite(callsPerSecond)) {
            throw new IllegalArgumentException("callsPerSecond must be a positive number, not " + callsPerSecond);
        }
        if (channels < 0) {
            throw new IllegalArgumentException("channels must be 0 or more, not " + channels);
        }
    }
}
