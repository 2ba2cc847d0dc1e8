package loa.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A campaign's calling windows as a calendar of instants: which window is open at a moment,
 * when the next one opens, and until when a call may start in it. Local times are read in the
 * campaign's time zone, day by day, so skip dates and daylight-saving changes fall out of the
 * calendar; when a change makes a local time ambiguous the window is made shorter, never longer,
 * so no call starts at a wall-clock time outside the window.
 */
public final class CallingSchedule {
    /** Far enough for any list of skip dates; a campaign with no window in ten years is a bug. */
    private static final int LOOK_AHEAD_DAYS = 3660;

    private final ZoneId zone;
    private final List<CallingWindow> windows;
    private final Set<LocalDate> skipDates;
    private final Duration drain;

    /** The schedule of {@code campaign}; windows are numbered by start time, whatever the file's order. */
    public CallingSchedule(Campaign campaign) {
        if (campaign.windows().isEmpty()) throw new IllegalArgumentException("a campaign needs at least one window");
        this.zone = campaign.timeZone();
        this.windows = campaign.windows().stream().sorted(Comparator.comparing(CallingWindow::start)).toList();
        this.skipDates = campaign.skipDates();
        this.drain = campaign.calls().ringTimeout().plus(campaign.dialog().expectedDuration());
    }

    /** The window open at {@code at}, if any: what the launcher checks before every INVITE. */
    public Optional<WindowOccurrence> windowAt(Instant at) {
        return Optional.of(currentOrNext(at)).filter(window -> window.isOpenAt(at));
    }

    public boolean isOpen(Instant at) {
        return windowAt(at).isPresent();
    }

    /** Whether a call may start at {@code at}: a window is open and not yet draining. */
    public boolean mayStartCall(Instant at) {
        return windowAt(at).filter(window -> window.acceptsCallAt(at)).isPresent();
    }

    /** The window open at {@code at}, or else the next one: where a launcher starting now works. */
    public WindowOccurrence currentOrNext(Instant at) {
        return first(at, window -> true);
    }

    /** The first window opening strictly after {@code at}: when to wake up next. */
    public WindowOccurrence nextWindow(Instant at) {
        return first(at, window -> window.opens().isAfter(at));
    }

    /** The first moment at or after {@code earliest} at which a call may start. */
    public Instant firstCallStart(Instant earliest) {
        return firstCallStart(earliest, window -> true);
    }

    /**
     * The first moment at or after {@code earliest}, in a window later than {@code after}, at which
     * a call may start: where a retry lands when it must not come in the failed attempt's window.
     */
    public Instant firstCallStartAfter(Instant earliest, WindowId after) {
        return firstCallStart(earliest, window -> window.id().isAfter(after));
    }

    /** The windows of {@code date}, in order; none on a skip date. */
    public List<WindowOccurrence> windowsOn(LocalDate date) {
        if (skipDates.contains(date)) return List.of();
        return Stream.iterate(0, i -> i < windows.size(), i -> i + 1)
                .flatMap(i -> occurrence(date, i).stream()).toList();
    }

    private WindowOccurrence first(Instant at, Predicate<WindowOccurrence> wanted) {
        return windowsFrom(at).filter(wanted).findFirst().orElseThrow(() -> noWindow(at));
    }

    private Instant firstCallStart(Instant earliest, Predicate<WindowOccurrence> wanted) {
        return windowsFrom(earliest).filter(wanted)
                .flatMap(window -> window.firstCallStartFrom(earliest).stream())
                .findFirst().orElseThrow(() -> noWindow(earliest));
    }

    /** Every window that has not closed by {@code at}, in order. */
    private Stream<WindowOccurrence> windowsFrom(Instant at) {
        LocalDate yesterday = at.atZone(zone).toLocalDate().minusDays(1);
        return Stream.iterate(yesterday, date -> date.plusDays(1)).limit(LOOK_AHEAD_DAYS)
                .flatMap(date -> windowsOn(date).stream())
                .filter(window -> window.closes().isAfter(at));
    }

    private Optional<WindowOccurrence> occurrence(LocalDate date, int index) {
        CallingWindow window = windows.get(index);
        LocalDateTime start = date.atTime(window.start());
        LocalDateTime end = date.atTime(window.end());
        Instant closes = instant(end, false);
        Instant opens = instant(start, true);
        if (!closes.isAfter(opens)) opens = instant(start, false); // a window wholly in a repeated hour: its first pass
        if (!closes.isAfter(opens)) return Optional.empty(); // wholly in a skipped hour: it does not happen that day
        return Optional.of(new WindowOccurrence(new WindowId(date, index), opens, closes, closes.minus(drain)));
    }

    /**
     * A local time as an instant. In a spring-forward gap the time does not exist, and the first
     * moment after the gap stands for it; in an autumn overlap an opening takes the later pass and
     * a closing the earlier one, so the interval between them holds only wall-clock times inside.
     */
    private Instant instant(LocalDateTime local, boolean opening) {
        ZoneOffsetTransition change = zone.getRules().getTransition(local);
        if (change != null && change.isGap()) return change.getInstant();
        var zoned = local.atZone(zone);
        return (opening ? zoned.withLaterOffsetAtOverlap() : zoned.withEarlierOffsetAtOverlap()).toInstant();
    }

    private IllegalStateException noWindow(Instant at) {
        return new IllegalStateException("no calling window in the " + LOOK_AHEAD_DAYS + " days after " + at);
    }
}
