package loa.campaign;

import static loa.campaign.Bluezone.vietnam;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bluezone's two daily windows in Vietnam time: 10:00–12:00 and 15:30–17:30, end exclusive. */
class CallingScheduleTest {
    private static final LocalDate MONDAY = Bluezone.MONDAY;
    private final CallingSchedule bluezone = new CallingSchedule(Bluezone.campaign());

    @Test
    void oneMinuteBeforeTenIsClosedAndTheMorningWindowOpensAtTen() {
        Clock clock = Clock.fixed(vietnam("2026-05-04T09:59"), Bluezone.VIETNAM);
        assertThat(bluezone.isOpen(clock.instant())).isFalse();
        assertThat(bluezone.nextWindow(clock.instant()).opens()).isEqualTo(vietnam("2026-05-04T10:00"));
        assertThat(bluezone.nextWindow(clock.instant()).id()).isEqualTo(new WindowId(MONDAY, 0));
    }

    @Test
    void tenOClockIsOpenAndTheWindowRunsToNoon() {
        WindowOccurrence morning = bluezone.windowAt(vietnam("2026-05-04T10:00")).orElseThrow();
        assertThat(morning.opens()).isEqualTo(vietnam("2026-05-04T10:00"));
        assertThat(morning.closes()).isEqualTo(vietnam("2026-05-04T12:00"));
        assertThat(morning.id()).isEqualTo(new WindowId(MONDAY, 0));
    }

    @Test
    void noonIsClosedAndTheAfternoonWindowOpensAtHalfPastThree() {
        assertThat(bluezone.isOpen(vietnam("2026-05-04T11:59:59"))).isTrue();
        assertThat(bluezone.isOpen(vietnam("2026-05-04T12:00"))).isFalse();
        assertThat(bluezone.nextWindow(vietnam("2026-05-04T12:00")).opens()).isEqualTo(vietnam("2026-05-04T15:30"));
    }

    @Test
    void halfPastFiveIsClosedAndTheNextWindowIsTomorrowAtTen() {
        WindowOccurrence next = bluezone.nextWindow(vietnam("2026-05-04T17:30"));
        assertThat(bluezone.isOpen(vietnam("2026-05-04T17:30"))).isFalse();
        assertThat(next.opens()).isEqualTo(vietnam("2026-05-05T10:00"));
        assertThat(next.id()).isEqualTo(new WindowId(MONDAY.plusDays(1), 0));
    }

    @Test
    void theNextWindowDuringAWindowIsTheOneAfterIt() {
        assertThat(bluezone.nextWindow(vietnam("2026-05-04T10:00")).opens()).isEqualTo(vietnam("2026-05-04T15:30"));
        assertThat(bluezone.currentOrNext(vietnam("2026-05-04T10:00")).opens()).isEqualTo(vietnam("2026-05-04T10:00"));
    }

    @Test
    void aSkipDateHasNoWindowAndTheNextOpenIsTheDayAfter() {
        CallingSchedule skipping = new CallingSchedule(Bluezone.skipping(MONDAY.plusDays(1)));
        assertThat(skipping.windowsOn(MONDAY.plusDays(1))).isEmpty();
        assertThat(skipping.isOpen(vietnam("2026-05-05T11:00"))).isFalse();
        assertThat(skipping.nextWindow(vietnam("2026-05-04T17:30")).opens()).isEqualTo(vietnam("2026-05-06T10:00"));
    }

    @Test
    void noCallStartsAfterNoonLessTheRingTimeOutAndTheDialog() {
        WindowOccurrence morning = bluezone.windowAt(vietnam("2026-05-04T11:00")).orElseThrow();
        assertThat(morning.lastCallStart()).isEqualTo(vietnam("2026-05-04T11:58:45"));
        assertThat(bluezone.mayStartCall(vietnam("2026-05-04T11:58:45"))).isTrue();
        assertThat(bluezone.mayStartCall(vietnam("2026-05-04T11:58:46"))).isFalse();
        assertThat(bluezone.isOpen(vietnam("2026-05-04T11:58:46"))).isTrue();
    }

    @Test
    void windowsAreNumberedByTheirStartWhateverTheFileOrder() {
        Campaign reversed = Bluezone.campaign(Bluezone.VIETNAM, Bluezone.windows("15:30", "17:30", "10:00", "12:00"),
                java.util.Set.of(), Bluezone.RETRY);
        assertThat(new CallingSchedule(reversed).windowAt(vietnam("2026-05-04T16:00")).orElseThrow().id())
                .isEqualTo(new WindowId(MONDAY, 1));
    }

    @Test
    void aWindowIsLaterThanAnyEarlierWindowInTheCalendar() {
        assertThat(new WindowId(MONDAY, 1).isAfter(new WindowId(MONDAY, 0))).isTrue();
        assertThat(new WindowId(MONDAY.plusDays(1), 0).isAfter(new WindowId(MONDAY, 1))).isTrue();
        assertThat(new WindowId(MONDAY, 0).isAfter(new WindowId(MONDAY, 0))).isFalse();
    }
}
