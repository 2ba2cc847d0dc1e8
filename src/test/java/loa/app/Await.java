package loa.app;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting on a condition with a deadline, for things that happen on other threads and processes. */
public final class Await {
    private static final long POLL_MILLIS = 100;

    private Await() {
    }

    /** Polls {@code value} until {@code done} holds for it, and returns it; fails after {@code timeout} with the last value seen. */
    public static <T> T until(Duration timeout, Supplier<T> value, Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) throw new AssertionError("not done within " + timeout + "; last seen: " + last);
            Thread.sleep(POLL_MILLIS);
            last = value.get();
        }
        return last;
    }
}
