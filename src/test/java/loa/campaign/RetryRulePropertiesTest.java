package loa.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule over thousands of seeded cases (every outcome, attempts ending anywhere in a window,
 * retry delays from a minute to a day, skip dates): nobody gets a third attempt, and a retry
 * always lands where a call may start, after its delay, in a later window than the one that failed.
 */
class RetryRulePropertiesTest {
    private static final int CASES = 5_000;
    private final Random random = new Random(20260504);

    @Test
    void neverAThirdAttemptAndEveryRetryLandsInALaterWindowAfterItsDelay() {
        for (int i = 0; i < CASES; i++) {
            Duration delay = Duration.ofMinutes(1 + random.nextInt(24 * 60));
            Campaign campaign = Bluezone.campaign(Bluezone.VIETNAM, Bluezone.windows("10:00", "12:00", "15:30", "17:30"),
                    Set.of(Bluezone.MONDAY.plusDays(random.nextInt(3))), retrying(delay));
            checkOneSubscriber(new CallingSchedule(campaign), RetryRule.of(campaign), delay);
        }
    }

    /** Calls one subscriber as the launcher would, for as long as the rule allows. */
    private void checkOneSubscriber(CallingSchedule schedule, RetryRule rule, Duration delay) {
        Instant start = schedule.firstCallStart(Bluezone.vietnam("2026-05-04T00:00").plusSeconds(random.nextInt(86_400)));
        for (int attempt = 1; ; attempt++) {
            assertThat(attempt).isLessThanOrEqualTo(2);
            WindowId window = schedule.windowAt(start).orElseThrow().id();
            Instant ended = start.plusSeconds(random.nextInt(76));
            RetryDecision decision = rule.after(attempt, randomOutcome(), ended, window);
            if (decision instanceof RetryDecision.RetryNotBefore retry) {
                assertLandsWell(schedule, retry.notBefore(), ended.plus(delay), window);
                start = retry.notBefore();
            } else {
                return;
            }
        }
    }

    private static void assertLandsWell(CallingSchedule schedule, Instant retry, Instant due, WindowId failed) {
        assertThat(retry).isAfterOrEqualTo(due);
        assertThat(schedule.mayStartCall(retry)).isTrue();
        assertThat(schedule.windowAt(retry).orElseThrow().id().isAfter(failed)).isTrue();
    }

    private CallOutcome randomOutcome() {
        return CallOutcome.values()[random.nextInt(CallOutcome.values().length)];
    }

    private static RetryPolicy retrying(Duration delay) {
        return new RetryPolicy(2, Set.of(CallOutcome.NO_ANSWER, CallOutcome.BUSY, CallOutcome.UNREACHABLE,
                CallOutcome.FAILED, CallOutcome.LOST), delay, true);
    }
}
