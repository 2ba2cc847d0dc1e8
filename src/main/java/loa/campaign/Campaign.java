package loa.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** One outbound campaign, as its campaign file describes it. */
public record Campaign(String id, String name, ZoneId timeZone, String callerId, AudienceRules audience,
                       List<CallingWindow> windows, Set<LocalDate> skipDates, RetryPolicy retry,
                       CallLimits calls, DialogSpec dialog, SmsMessage sms) {
    public Campaign {
        windows = List.copyOf(windows);
        skipDates = Set.copyOf(skipDates);
    }

    /** Seconds of calling windows in one day. */
    public long windowSecondsPerDay() {
        return windows.stream().mapToLong(CallingWindow::seconds).sum();
    }
}
