package loa.harness.smsc;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalInt;

/**
 * The faults asked for by a test: statuses for the next submits, served in the order they were
 * asked for ({@code throttleNext(2)} then {@code rejectNextWith(ESME_RMSGQFUL, 1)} answers two
 * ESME_RTHROTTLED, then one ESME_RMSGQFUL), and whether the simulator answers at all. Thread-safe.
 */
final class Faults {
    private static final class Run {
        final int status;
        int remaining;

        Run(int status, int remaining) {
            this.status = status;
            this.remaining = remaining;
        }
    }

    private final Deque<Run> runs = new ArrayDeque<>();
    private volatile boolean answering = true;

    synchronized void rejectNext(int status, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        if (count > 0) {
            runs.addLast(new Run(status, count));
        }
    }

    /** The status the next submit must get, if a fault is queued for it. */
    synchronized OptionalInt takeNext() {
        Run run = runs.peekFirst();
        if (run == null) {
            return OptionalInt.empty();
        }
        if (--run.remaining == 0) {
            runs.removeFirst();
        }
        return OptionalInt.of(run.status);
    }

    boolean answering() {
        return answering;
    }

    void answering(boolean answering) {
        this.answering = answering;
    }

    synchronized void clear() {
        runs.clear();
        answering = true;
    }
}
