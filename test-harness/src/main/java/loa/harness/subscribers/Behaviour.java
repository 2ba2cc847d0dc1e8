package loa.harness.subscribers;

import java.time.Duration;
import java.util.List;

/**
 * What one subscriber does with one call: answers (and then presses keys or hangs up at given
 * moments), rejects it with a status, or lets it ring until the caller gives up.
 */
public sealed interface Behaviour {

    /** Rings ({@code 180}) and answers after {@code delay}; then does {@code steps}, each timed from when media starts. */
    record Answers(Duration delay, List<Step> steps) implements Behaviour {
        public Answers {
            steps = List.copyOf(steps);
        }

        Answers then(Step step) {
            List<Step> more = new java.util.ArrayList<>(steps);
            more.add(step);
            return new Answers(delay, more);
        }

        @Override
        public String toString() {
            return "answers after " + delay.toMillis() + " ms" + (steps.isEmpty() ? ", presses nothing" : ", " + steps);
        }
    }

    /** Refuses the call at once with a final status: 486 busy, 480 unreachable, 404 invalid, or any 3xx–6xx. */
    record Rejects(int status) implements Behaviour {
        @Override
        public String toString() {
            return "rejects with " + status;
        }
    }

    /** Rings ({@code 180}) until the caller sends CANCEL. */
    record RingsForever() implements Behaviour {
        @Override
        public String toString() {
            return "rings until cancelled";
        }
    }

    /** Something the subscriber does once answered. */
    sealed interface Step {
        Moment when();
    }

    /** Presses a key: sent as an RFC 4733 event. */
    record Presses(char key, Moment when) implements Step {
        @Override
        public String toString() {
            return "presses " + key + " " + when;
        }
    }

    /** Hangs up with BYE. */
    record HangsUp(Moment when) implements Step {
        @Override
        public String toString() {
            return "hangs up " + when;
        }
    }

    /**
     * When a step happens: once the subscriber has heard {@code heard} of audio from the caller
     * (zero: from when media starts), {@code delay} later.
     */
    record Moment(Duration heard, Duration delay) {
        public static Moment after(Duration delay) {
            return new Moment(Duration.ZERO, delay);
        }

        public static Moment afterHearing(Duration heard) {
            return new Moment(heard, Duration.ZERO);
        }

        @Override
        public String toString() {
            String wait = delay.isZero() ? "" : delay.toMillis() + " ms ";
            return heard.isZero() ? "after " + wait + "from when media starts"
                    : (wait.isEmpty() ? "" : wait) + "after hearing " + heard.toMillis() + " ms of audio";
        }
    }
}
