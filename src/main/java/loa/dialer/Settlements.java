package loa.dialer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import loa.campaign.AttemptQueue;
import loa.campaign.AttemptResult;
import loa.campaign.CallOutcome;
import loa.campaign.Campaign;
import loa.campaign.RetryDecision;
import loa.campaign.RetryRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends each attempt in the store: its outcome and times, and what follows by the campaign's
 * retry rule. Runs off the call's thread, on a small bounded pool; a store that fails is tried
 * again a few times, after which the attempt's lease settles it as lost.
 */
public final class Settlements {
    private static final Logger log = LoggerFactory.getLogger(Settlements.class);
    private static final int THREADS = 2;
    private static final int QUEUE = 10_000;
    private static final int TRIES = 5;
    private static final Duration FIRST_BACK_OFF = Duration.ofMillis(100);

    private final Campaign campaign;
    private final AttemptQueue queue;
    private final Clock clock;
    private final RetryRule retryRule;
    private final AtomicLong placed = new AtomicLong();
    private ThreadPoolExecutor pool;

    Settlements(Campaign campaign, AttemptQueue queue, Clock clock) {
        this.campaign = campaign;
        this.queue = queue;
        this.clock = clock;
        this.retryRule = RetryRule.of(campaign);
    }

    void start() {
        AtomicInteger count = new AtomicInteger();
        // When the queue is full the call's own thread settles: back-pressure instead of loss.
        pool = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                task -> new Thread(task, "loa-settle-" + campaign.id() + "-" + count.incrementAndGet()),
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    void stop(Duration wait) throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("settlements still queued after {}: their leases will settle them", wait);
            pool.shutdownNow();
        }
    }

    void settle(String callId, Launcher.Attempt attempt, CallOutcome outcome, int sipStatus) {
        Instant endedAt = clock.instant();
        AttemptResult result = new AttemptResult(callId, outcome, sipStatus, attempt.started(), attempt.answered,
                endedAt, attempt.window());
        RetryDecision next = retryRule.after(attempt.claim().attempt(), outcome, endedAt, attempt.window());
        pool.execute(() -> store(attempt, result, next));
    }

    /** Calls placed by this launcher since it started. */
    public long placed() {
        return placed.get();
    }

    void countPlaced() {
        placed.incrementAndGet();
    }

    private void store(Launcher.Attempt attempt, AttemptResult result, RetryDecision next) {
        long backOff = FIRST_BACK_OFF.toMillis();
        for (int tries = 1; ; tries++) {
            try {
                if (!queue.settle(attempt.claim(), result, next)) {
                    log.warn("attempt {} was no longer ours to settle (its lease expired): it counts as lost", result.callId());
                }
                return;
            } catch (RuntimeException e) {
                if (tries == TRIES) {
                    log.error("could not settle attempt {} ({}): its lease will settle it as lost", result.callId(), e.toString());
                    return;
                }
                sleep(backOff);
                backOff *= 2;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
