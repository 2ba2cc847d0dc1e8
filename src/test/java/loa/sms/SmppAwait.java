package loa.sms;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition no one can notify the test of (the simulator's counters, a link's state), with a deadline. */
final class SmppAwait {
    private static final long POLL_MS = 10;

    private SmppAwait() {
    }

    static void until(Duration within, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            Thread.sleep(POLL_MS);
        }
    }
}
