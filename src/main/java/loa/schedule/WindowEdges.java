package loa.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import loa.campaign.CallingSchedule;
import loa.campaign.WindowOccurrence;

/**
 * Fires at each edge of the campaign's calling windows — open, last call start, close — one
 * after the other for as long as the timetable runs. The edges come from the campaign's
 * {@link CallingSchedule}, in its time zone; the campaign's {@link Clock} says how far away each
 * is, so a test clock set to just before a window opens gets its edges in seconds.
 */
public final class WindowEdges {

    /** What happens at the edges. */
    public interface Listener {
        void opened(WindowOccurrence window);

        void draining(WindowOccurrence window);

        void closed(WindowOccurrence window);
    }

    private final CallingSchedule schedule;
    private final Clock clock;
    private final Timetable timetable;
    private final Listener listener;

    public WindowEdges(CallingSchedule schedule, Clock clock, Timetable timetable, Listener listener) {
        this.schedule = schedule;
        this.clock = clock;
        this.timetable = timetable;
        this.listener = listener;
    }

    /** Plans the first edge after now. */
    public void start() {
        planAfter(clock.instant());
    }

    private void planAfter(Instant now) {
        WindowOccurrence window = schedule.currentOrNext(now);
        Instant edge = Stream.of(window.opens(), window.lastCallStart(), window.closes())
                .filter(at -> at.isAfter(now)).findFirst().orElseThrow();
        Duration wait = Duration.between(now, edge);
        timetable.at(Instant.now().plus(wait), () -> fire(window, edge));
    }

    private void fire(WindowOccurrence window, Instant edge) {
        try {
            if (edge.equals(window.opens())) listener.opened(window);
            else if (edge.equals(window.lastCallStart())) listener.draining(window);
            else listener.closed(window);
        } finally {
            planAfter(edge);
        }
    }
}
