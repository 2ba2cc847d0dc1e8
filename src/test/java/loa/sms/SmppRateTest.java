package loa.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmppRateTest {
    private static final long MS = 1_000_000L;
    private long now = 1_000_000_000_000L;

    @Test
    void withoutALimitNothingWaitsUntilTheSmscThrottles() {
        SmppRate rate = new SmppRate(0, () -> now);

        for (int i = 0; i < 1_000; i++) {
            assertThat(rate.reserve()).isZero();
        }
        assertThat(rate.perSecond()).isInfinite();
    }

    @Test
    void aLimitSpacesSubmitsAfterASmallBurst() {
        SmppRate rate = new SmppRate(100, () -> now);

        assertThat(rate.reserve()).isZero();
        for (int i = 0; i < 9; i++) {
            rate.reserve();
        }
        assertThat(rate.reserve()).isEqualTo(10 * MS);
        assertThat(rate.reserve()).isEqualTo(20 * MS);
    }

    @Test
    void aThrottleWithoutALimitSetsHalfOfWhatWasSentInTheLastSecond() {
        SmppRate rate = new SmppRate(0, () -> now);
        for (int i = 0; i < 400; i++) {
            rate.reserve();
        }

        rate.throttled();

        assertThat(rate.perSecond()).isEqualTo(200.0);
        assertThat(rate.reserve()).isEqualTo(5 * MS);
    }

    @Test
    void aWindowOfThrottledAnswersHalvesTheRateOnceASecond() {
        SmppRate rate = new SmppRate(100, () -> now);

        for (int i = 0; i < 10; i++) {
            rate.throttled();
        }
        assertThat(rate.perSecond()).isEqualTo(50.0);

        now += 1_000 * MS;
        rate.throttled();
        assertThat(rate.perSecond()).isEqualTo(25.0);
    }

    @Test
    void theRateNeverFallsBelowOneASecond() {
        SmppRate rate = new SmppRate(3, () -> now);
        for (int i = 0; i < 5; i++) {
            rate.throttled();
            now += 1_000 * MS;
        }

        assertThat(rate.perSecond()).isEqualTo(SmppRate.MIN_RATE);
    }

    @Test
    void theRateGrowsBackByATenthEachBusySecondWithoutThrottlingUpToTheLimit() {
        SmppRate rate = new SmppRate(1_000, () -> now);
        rate.throttled();
        for (int second = 0; second < 5; second++) {
            keepBusyForASecond(rate);
        }

        // the throttled second itself does not count; the fifth second's rise comes with the next submit
        assertThat(rate.perSecond()).isBetween(500 * Math.pow(1.1, 4) - 0.01, 500 * Math.pow(1.1, 5) + 0.01);
        for (int second = 0; second < 5; second++) {
            keepBusyForASecond(rate);
        }
        assertThat(rate.perSecond()).isEqualTo(1_000.0);
    }

    @Test
    void anIdleSecondDoesNotMakeTheRateGrow() {
        SmppRate rate = new SmppRate(100, () -> now);
        rate.throttled();

        now += 5_000 * MS;

        assertThat(rate.perSecond()).isEqualTo(50.0);
    }

    /** Reserves as fast as the rate allows for one second, so every submit waits its turn. */
    private void keepBusyForASecond(SmppRate rate) {
        long end = now + 1_000 * MS;
        while (now < end) {
            now += Math.max(1, rate.reserve());
        }
    }
}
