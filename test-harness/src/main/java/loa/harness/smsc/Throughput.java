package loa.harness.smsc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The throughput limit: a token bucket per bind or one for the server. A bucket holds one
 * second's worth of submits, so a burst up to the limit passes and then the limit per second.
 * Thread-safe.
 */
final class Throughput {
    private static final String WHOLE_SERVER = "";

    private record Limit(int perSecond, ThrottleScope scope) {
    }

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private volatile Limit limit;

    Throughput(int perSecond, ThrottleScope scope) {
        limit(perSecond, scope);
    }

    /** A new limit starts with full buckets. 0 means no limit. */
    void limit(int perSecond, ThrottleScope scope) {
        if (perSecond < 0) {
            throw new IllegalArgumentException("throughput limit must be >= 0 submits per second, was " + perSecond);
        }
        limit = new Limit(perSecond, scope);
        buckets.clear();
    }

    /** Whether a submit arriving now over bind {@code linkId} is within the limit; takes its token if so. */
    boolean admits(String linkId) {
        Limit current = limit;
        if (current.perSecond() == 0) {
            return true;
        }
        String key = current.scope() == ThrottleScope.SERVER ? WHOLE_SERVER : linkId;
        return buckets.computeIfAbsent(key, k -> new TokenBucket(current.perSecond())).tryTake();
    }

    void forget(String linkId) {
        buckets.remove(linkId);
    }

    private static final class TokenBucket {
        private final int perSecond;
        private double tokens;
        private long refilledAt = System.nanoTime();

        TokenBucket(int perSecond) {
            this.perSecond = perSecond;
            this.tokens = perSecond;
        }

        synchronized boolean tryTake() {
            long now = System.nanoTime();
            tokens = Math.min(perSecond, tokens + (now - refilledAt) * perSecond / 1e9);
            refilledAt = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }
    }
}
