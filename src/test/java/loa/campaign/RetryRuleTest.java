package loa.campaign;

import static loa.campaign.Bluezone.vietnam;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import loa.campaign.RetryDecision.Final;
import loa.campaign.RetryDecision.Reason;
import loa.campaign.RetryDecision.RetryNotBefore;
import org.junit.jupiter.api.Test;

/** Bluezone's rule: busy, no answer and unreachable are retried once, 2 h later at least, in a later window. */
class RetryRuleTest {
    private final CallingSchedule schedule = new CallingSchedule(Bluezone.campaign());
    private final RetryRule bluezone = RetryRule.of(Bluezone.campaign());

    @Test
    void busyOnFirstAttemptIsRetriedInTheAfternoonWindow() {
        assertThat(firstAttempt(bluezone, CallOutcome.BUSY, "2026-05-04T10:30"))
                .isEqualTo(new RetryNotBefore(vietnam("2026-05-04T15:30")));
    }

    @Test
    void noAnswerInTheAfternoonIsRetriedTomorrowMorning() {
        assertThat(firstAttempt(bluezone, CallOutcome.NO_ANSWER, "2026-05-04T16:00"))
                .isEqualTo(new RetryNotBefore(vietnam("2026-05-05T10:00")));
    }

    @Test
    void aRetryDueInsideALaterWindowComesWhenItIsDue() {
        RetryRule fiveHours = RetryRule.of(Bluezone.retrying(policy(Duration.ofHours(5), true)));
        assertThat(firstAttempt(fiveHours, CallOutcome.UNREACHABLE, "2026-05-04T11:00"))
                .isEqualTo(new RetryNotBefore(vietnam("2026-05-04T16:00")));
    }

    @Test
    void retryAfterLongerThanTheGapToTheNextWindowPushesToTheWindowAfter() {
        RetryRule sixHours = RetryRule.of(Bluezone.retrying(policy(Duration.ofHours(6), true)));
        assertThat(firstAttempt(sixHours, CallOutcome.BUSY, "2026-05-04T11:50"))
                .isEqualTo(new RetryNotBefore(vietnam("2026-05-05T10:00")));
    }

    @Test
    void aShortRetryAfterStillWaitsForALaterWindow() {
        RetryRule oneMinute = RetryRule.of(Bluezone.retrying(policy(Duration.ofMinutes(1), true)));
        assertThat(firstAttempt(oneMinute, CallOutcome.BUSY, "2026-05-04T10:30"))
                .isEqualTo(new RetryNotBefore(vietnam("2026-05-04T15:30")));
    }

    @Test
    void withoutTheLaterWindowRuleAShortRetryStaysInTheSameWindow() {
        RetryRule sameWindow = RetryRule.of(Bluezone.retrying(policy(Duration.ofMinutes(1), false)));
        assertThat(firstAttempt(sameWindow, CallOutcome.BUSY, "2026-05-04T10:30"))
                .isEqualTo(new RetryNotBefore(vietnam("2026-05-04T10:31")));
    }

    @Test
    void aRetryDueWhileTheWindowDrainsWaitsForTheNextWindow() {
        RetryRule sameWindow = RetryRule.of(Bluezone.retrying(policy(Duration.ofMinutes(1), false)));
        assertThat(firstAttempt(sameWindow, CallOutcome.BUSY, "2026-05-04T11:58"))
                .isEqualTo(new RetryNotBefore(vietnam("2026-05-04T15:30")));
    }

    @Test
    void anAnsweredCallIsFinal() {
        assertThat(firstAttempt(bluezone, CallOutcome.ANSWERED, "2026-05-04T10:30")).isEqualTo(new Final(Reason.ANSWERED));
    }

    @Test
    void anInvalidNumberIsFinal() {
        assertThat(firstAttempt(bluezone, CallOutcome.INVALID_NUMBER, "2026-05-04T10:30"))
                .isEqualTo(new Final(Reason.OUTCOME_NOT_RETRIED));
    }

    @Test
    void aSecondAttemptIsFinalWhateverItsOutcome() {
        Instant ended = vietnam("2026-05-04T15:45");
        WindowId afternoon = schedule.windowAt(ended).orElseThrow().id();
        for (CallOutcome outcome : CallOutcome.values()) {
            assertThat(bluezone.after(2, outcome, ended, afternoon)).as(outcome.label()).isInstanceOf(Final.class);
        }
        assertThat(bluezone.after(2, CallOutcome.BUSY, ended, afternoon)).isEqualTo(new Final(Reason.ATTEMPTS_EXHAUSTED));
    }

    private RetryDecision firstAttempt(RetryRule rule, CallOutcome outcome, String endedInVietnam) {
        Instant ended = vietnam(endedInVietnam);
        return rule.after(1, outcome, ended, schedule.windowAt(ended).orElseThrow().id());
    }

    private static RetryPolicy policy(Duration retryAfter, boolean laterWindow) {
        return new RetryPolicy(2, Set.of(CallOutcome.NO_ANSWER, CallOutcome.BUSY, CallOutcome.UNREACHABLE),
                retryAfter, laterWindow);
    }
}
