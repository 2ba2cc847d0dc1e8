package loa.campaign;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * Which window a moment belongs to: the local date and the window's place in that day (0 the
 * earliest). It is what an attempt keeps, so "a later window than the first attempt" can be
 * decided from a stored record without the instants; the natural order is the calendar's.
 */
public record WindowId(LocalDate date, int index) implements Comparable<WindowId> {
    private static final Comparator<WindowId> CHRONOLOGICAL =
            Comparator.comparing(WindowId::date).thenComparingInt(WindowId::index);

    public WindowId {
        if (index < 0) throw new IllegalArgumentException("a window index is 0 or more: " + index);
    }

    @Override
    public int compareTo(WindowId other) {
        return CHRONOLOGICAL.compare(this, other);
    }

    /** True when this window comes after {@code other} in the calendar (never the same one). */
    public boolean isAfter(WindowId other) {
        return compareTo(other) > 0;
    }

    /** {@code 2026-05-04#1}: the afternoon window of 4 May, for records and log lines. */
    @Override
    public String toString() {
        return date + "#" + index;
    }
}
