package loa.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Windows across Paris's changes of 2026: clocks jump from 02:00 to 03:00 on 29 March and fall
 * back from 03:00 to 02:00 on 25 October. A window never covers a wall-clock time outside it.
 */
class CallingScheduleDaylightSavingTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate SPRING = LocalDate.of(2026, 3, 29);
    private static final LocalDate AUTUMN = LocalDate.of(2026, 10, 25);

    @Test
    void aMorningWindowKeepsItsWallClockTimesOnTheDayTheClocksGoForward() {
        CallingSchedule schedule = paris("10:00", "12:00");
        assertThat(schedule.windowsOn(SPRING.minusDays(1)).get(0).opens()).isEqualTo(utc("2026-03-28T09:00:00Z"));
        assertThat(schedule.windowsOn(SPRING).get(0).opens()).isEqualTo(utc("2026-03-29T08:00:00Z"));
    }

    @Test
    void aWindowStartingInTheSkippedHourOpensWhenTheClocksHaveJumped() {
        WindowOccurrence window = paris("02:00", "04:00").windowsOn(SPRING).get(0);
        assertThat(window.opens()).isEqualTo(utc("2026-03-29T01:00:00Z")); // 03:00 summer time
        assertThat(window.closes()).isEqualTo(utc("2026-03-29T02:00:00Z")); // 04:00 summer time
    }

    @Test
    void aWindowWhollyInTheSkippedHourDoesNotHappenThatDay() {
        CallingSchedule schedule = paris("02:15", "02:45");
        assertThat(schedule.windowsOn(SPRING)).isEmpty();
        assertThat(schedule.nextWindow(utc("2026-03-28T23:00:00Z")).id()).isEqualTo(new WindowId(SPRING.plusDays(1), 0));
    }

    @Test
    void aWindowStartingInTheRepeatedHourOpensOnItsSecondPass() {
        CallingSchedule schedule = paris("02:30", "04:00");
        WindowOccurrence window = schedule.windowsOn(AUTUMN).get(0);
        assertThat(window.opens()).isEqualTo(utc("2026-10-25T01:30:00Z")); // 02:30 winter time
        assertThat(window.closes()).isEqualTo(utc("2026-10-25T03:00:00Z"));
        assertThat(schedule.isOpen(utc("2026-10-25T01:15:00Z"))).as("02:15 winter time").isFalse();
    }

    @Test
    void aWindowWhollyInTheRepeatedHourHappensOnItsFirstPass() {
        WindowOccurrence window = paris("02:10", "02:50").windowsOn(AUTUMN).get(0);
        assertThat(window.opens()).isEqualTo(utc("2026-10-25T00:10:00Z")); // 02:10 summer time
        assertThat(window.closes()).isEqualTo(utc("2026-10-25T00:50:00Z"));
    }

    private static CallingSchedule paris(String start, String end) {
        return new CallingSchedule(Bluezone.campaign(PARIS, Bluezone.windows(start, end), Set.of(), Bluezone.RETRY));
    }

    private static Instant utc(String instant) {
        return Instant.parse(instant);
    }
}
