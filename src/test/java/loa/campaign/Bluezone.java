package loa.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The figures of campaigns/bluezone.yaml, built without reading the file so domain tests stay pure. */
final class Bluezone {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);
    static final RetryPolicy RETRY = new RetryPolicy(2,
            Set.of(CallOutcome.NO_ANSWER, CallOutcome.BUSY, CallOutcome.UNREACHABLE), Duration.ofHours(2), true);

    private Bluezone() {
    }

    static Campaign campaign() {
        return campaign(VIETNAM, windows("10:00", "12:00", "15:30", "17:30"), Set.of(), RETRY);
    }

    static Campaign skipping(LocalDate... dates) {
        return campaign(VIETNAM, windows("10:00", "12:00", "15:30", "17:30"), Set.of(dates), RETRY);
    }

    static Campaign retrying(RetryPolicy retry) {
        return campaign(VIETNAM, windows("10:00", "12:00", "15:30", "17:30"), Set.of(), retry);
    }

    /** Bluezone's calls and dialog, in another zone with other windows: for the daylight-saving cases. */
    static Campaign campaign(ZoneId zone, List<CallingWindow> windows, Set<LocalDate> skipDates, RetryPolicy retry) {
        CallLimits calls = new CallLimits(1000, 30, Duration.ofSeconds(30), Duration.ofMinutes(3));
        DialogSpec dialog = new DialogSpec("bluezone/main.vxml", "bluezone/closing.vxml",
                Map.of("announcement", "bluezone/announcement.wav"), Duration.ofSeconds(45), 1, Duration.ofSeconds(5), false);
        return new Campaign("bluezone", "Bluezone install invitation", zone, "090", new AudienceRules(List.of()),
                windows, skipDates, retry, calls, dialog, new SmsMessage("MOBIFONE.AI", "cài đặt Bluezone"));
    }

    /** Windows from pairs of local times: {@code windows("10:00", "12:00")}. */
    static List<CallingWindow> windows(String... times) {
        List<CallingWindow> windows = new ArrayList<>();
        for (int i = 0; i < times.length; i += 2) {
            windows.add(new CallingWindow(LocalTime.parse(times[i]), LocalTime.parse(times[i + 1])));
        }
        return windows;
    }

    /** A Vietnam wall-clock time as an instant: {@code vietnam("2026-05-04T09:59")}. */
    static Instant vietnam(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
    }
}
