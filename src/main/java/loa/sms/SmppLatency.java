package loa.sms;

import java.time.Duration;
import java.util.Arrays;

/**
 * The SMSC's latency, submit_sm to submit_sm_resp, over the last {@link #SAMPLES} answers: its
 * average and 99th percentile. Thread-safe; recording is a few instructions under a lock.
 */
final class SmppLatency {
    static final int SAMPLES = 1_024;
    private static final double P99 = 0.99;

    private final long[] nanos = new long[SAMPLES];
    private int next;
    private int count;

    synchronized void record(long elapsedNanos) {
        nanos[next] = elapsedNanos;
        next = (next + 1) % SAMPLES;
        count = Math.min(SAMPLES, count + 1);
    }

    /** Zero while nothing was answered. */
    synchronized Duration average() {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += nanos[i];
        }
        return count == 0 ? Duration.ZERO : Duration.ofNanos(sum / count);
    }

    synchronized Duration p99() {
        if (count == 0) {
            return Duration.ZERO;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return Duration.ofNanos(sorted[(int) Math.min(count - 1, Math.floor(count * P99))]);
    }
}
