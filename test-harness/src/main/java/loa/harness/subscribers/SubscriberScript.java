package loa.harness.subscribers;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import loa.harness.rtp.TelephoneEvent;
import loa.harness.sip.SipStatus;
import loa.harness.subscribers.Behaviour.Answers;
import loa.harness.subscribers.Behaviour.HangsUp;
import loa.harness.subscribers.Behaviour.Moment;
import loa.harness.subscribers.Behaviour.Presses;

/**
 * One number's behaviour written by a test, overriding the profile. Reads as a sentence:
 * <pre>
 * subscribers.number("84901234567").answersAfter(ofSeconds(1)).thenPresses('1').after(ofSeconds(3));
 * subscribers.number("84901234568").rejectsWith(486).thenAnswersAfter(ofSeconds(2));
 * subscribers.number("84901234569").ringsForever();
 * subscribers.number("84901234570").answersAfter(ZERO).thenHangsUpAfter(ofSeconds(2));
 * </pre>
 * {@code answersAfter}, {@code rejectsWith} and {@code ringsForever} say what the first call
 * meets; {@code thenAnswersAfter}, {@code thenRejectsWith} and {@code thenRingsForever} what the
 * next call meets; the last one holds for every call after. {@code thenPresses} and
 * {@code thenHangsUp...} add to the call being described, timed from when its media starts
 * ({@code after}) or from the audio heard ({@code afterHearing}).
 */
public final class SubscriberScript {
    private final List<Behaviour> calls = new CopyOnWriteArrayList<>();

    SubscriberScript() {
    }

    public SubscriberScript answersAfter(Duration delay) {
        return first(new Answers(delay, List.of()));
    }

    public SubscriberScript answers() {
        return answersAfter(Duration.ZERO);
    }

    public SubscriberScript rejectsWith(int status) {
        return first(new Behaviour.Rejects(checked(status)));
    }

    public SubscriberScript ringsForever() {
        return first(new Behaviour.RingsForever());
    }

    public SubscriberScript thenAnswersAfter(Duration delay) {
        return next(new Answers(delay, List.of()));
    }

    public SubscriberScript thenRejectsWith(int status) {
        return next(new Behaviour.Rejects(checked(status)));
    }

    public SubscriberScript thenRingsForever() {
        return next(new Behaviour.RingsForever());
    }

    /** A key press in the answered call; say when with {@link KeyPress#after} or {@link KeyPress#afterHearing}. */
    public KeyPress thenPresses(char key) {
        TelephoneEvent.eventOf(key);
        return new KeyPress(key);
    }

    /** Hangs up {@code delay} after media starts. */
    public SubscriberScript thenHangsUpAfter(Duration delay) {
        return step(new HangsUp(Moment.after(delay)));
    }

    /** Same as {@link #thenHangsUpAfter}. */
    public SubscriberScript hangsUpAfter(Duration delay) {
        return thenHangsUpAfter(delay);
    }

    /** Hangs up once it has heard {@code audio} from the caller: e.g. during the announcement. */
    public SubscriberScript thenHangsUpAfterHearing(Duration audio) {
        return step(new HangsUp(Moment.afterHearing(audio)));
    }

    /** The second half of {@code thenPresses(key)}. */
    public final class KeyPress {
        private final char key;

        private KeyPress(char key) {
            this.key = key;
        }

        /** Presses {@code delay} after media starts. */
        public SubscriberScript after(Duration delay) {
            return step(new Presses(key, Moment.after(delay)));
        }

        /** Presses once it has heard {@code audio} from the caller: e.g. the announcement and the instruction. */
        public SubscriberScript afterHearing(Duration audio) {
            return step(new Presses(key, Moment.afterHearing(audio)));
        }
    }

    /** The behaviour for the {@code attempt}-th call (0 for the first). */
    Behaviour forAttempt(int attempt) {
        if (calls.isEmpty()) {
            throw new IllegalStateException("a number's script says nothing yet");
        }
        return calls.get(Math.min(attempt, calls.size() - 1));
    }

    @Override
    public String toString() {
        return calls.toString();
    }

    private SubscriberScript first(Behaviour behaviour) {
        if (!calls.isEmpty()) {
            throw new IllegalStateException("the first call is described already: say what the next one meets with "
                    + "thenAnswersAfter, thenRejectsWith or thenRingsForever");
        }
        calls.add(behaviour);
        return this;
    }

    private SubscriberScript next(Behaviour behaviour) {
        if (calls.isEmpty()) {
            throw new IllegalStateException("describe the first call before the next one");
        }
        calls.add(behaviour);
        return this;
    }

    private SubscriberScript step(Behaviour.Step step) {
        int last = calls.size() - 1;
        if (last < 0 || !(calls.get(last) instanceof Answers answers)) {
            throw new IllegalStateException("only an answered call can " + step);
        }
        calls.set(last, answers.then(step));
        return this;
    }

    private static int checked(int status) {
        if (!SipStatus.isRejection(status)) {
            throw new IllegalArgumentException("a subscriber rejects with 3xx-6xx, not " + status);
        }
        return status;
    }
}
