package loa.campaign;

import java.time.LocalTime;

/** A daily stretch of local time, in the campaign's time zone, in which calls may start. */
public record CallingWindow(LocalTime start, LocalTime end) {
    public CallingWindow {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a window must end after it starts: " + start + "-" + end);
        }
    }

    public long seconds() {
        return end.toSecondOfDay() - start.toSecondOfDay();
    }

    public boolean overlaps(CallingWindow other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
