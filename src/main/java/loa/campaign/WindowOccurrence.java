package loa.campaign;

import java.time.Instant;
import java.util.Optional;

/**
 * One calling window on one day, as instants: it is open from {@code opens} (inclusive) to
 * {@code closes} (exclusive), and a call may start no later than {@code lastCallStart}, so that
 * its ringing and its dialog end before the close (the drain rule of issue 5).
 */
public record WindowOccurrence(WindowId id, Instant opens, Instant closes, Instant lastCallStart) {
    public WindowOccurrence {
        if (!closes.isAfter(opens)) throw new IllegalArgumentException(id + " closes at or before it opens");
    }

    /** Whether {@code at} lies in this window; the close itself is already outside. */
    public boolean isOpenAt(Instant at) {
        return !at.isBefore(opens) && at.isBefore(closes);
    }

    /** Whether a call starting at {@code at} would both start and (as planned) end in this window. */
    public boolean acceptsCallAt(Instant at) {
        return !at.isBefore(opens) && !at.isAfter(lastCallStart);
    }

    /**
     * The first moment at or after {@code earliest} at which this window accepts a call, or empty
     * when it drains before then: how a retry due at {@code earliest} lands in this window.
     */
    public Optional<Instant> firstCallStartFrom(Instant earliest) {
        Instant start = earliest.isAfter(opens) ? earliest : opens;
        return acceptsCallAt(start) ? Optional.of(start) : Optional.empty();
    }
}
