package loa.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The worked example of CAMPAIGN.md §5, and what changes when its assumptions do. */
class CapacityPlanTest {
    private static final long FOUR_HOURS = 4 * 3600;
    private final CapacityPlan bluezone = new CapacityPlan(12_000_000,
            new CapacityPlan.Assumptions(0.5, 45, 30, 1.0), 2, FOUR_HOURS);

    @Test
    void twelveMillionSubscribersCostEighteenMillionAttempts() {
        assertThat(bluezone.attemptsPerRound()).containsExactly(12_000_000, 6_000_000);
        assertThat(bluezone.attempts()).isEqualTo(18_000_000);
        assertThat(bluezone.channelSeconds()).isEqualTo(675_000_000);
    }

    @Test
    void aThousandChannelsTakeFortySevenDays() {
        assertThat(bluezone.windowHours(1000)).isEqualTo(187.5);
        assertThat(bluezone.daysAt(1000)).isCloseTo(46.9, within(0.05));
    }

    @Test
    void tenDaysNeedAbout4700ChannelsAnd125CallsASecond() {
        assertThat(bluezone.channelsFor(10)).isCloseTo(4687.5, within(1e-9));
        assertThat(bluezone.callsPerSecondFor(10)).isCloseTo(125, within(1e-9));
    }

    @Test
    void aThirdAttemptRetriesTheUnansweredRetries() {
        CapacityPlan three = new CapacityPlan(1000, new CapacityPlan.Assumptions(0.5, 45, 30, 1.0), 3, FOUR_HOURS);
        assertThat(three.attemptsPerRound()).containsExactly(1000, 500, 250);
    }

    @Test
    void unansweredAttemptsThatAreNotRetriedCostNothingMore() {
        CapacityPlan some = new CapacityPlan(1000, new CapacityPlan.Assumptions(0.4, 45, 30, 0.5), 2, FOUR_HOURS);
        assertThat(some.attemptsPerRound()).containsExactly(1000, 300);
        assertThat(some.secondsPerAttempt()).isCloseTo(0.4 * 45 + 0.6 * 30, within(1e-9));
    }
}
