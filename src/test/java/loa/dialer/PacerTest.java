package loa.dialer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A limit of 100 calls a second opens at 10, grows by 5 a good second, halves on congestion down to 5. */
class PacerTest {
    private static final long TICK_NANOS = Duration.ofMillis(10).toNanos();
    private static final int MANY = 1_000;

    private long now = 7_000_000_000L;
    private final Pacer pacer = new Pacer(100, MANY, () -> now);

    @Test
    void aWindowOpensAtATenthOfTheLimitAndReachesItIn18SecondsOfDemandAndCompletions() {
        assertThat(pacer.rate()).isEqualTo(10);
        busyFor(Duration.ofSeconds(9));
        assertThat(pacer.rate()).isCloseTo(55, within(1e-9));
        busyFor(Duration.ofSeconds(9));
        assertThat(pacer.rate()).isCloseTo(100, within(1e-9));
        busyFor(Duration.ofSeconds(10));
        assertThat(pacer.rate()).isCloseTo(100, within(1e-9));
    }

    @Test
    void callsThatAllFailNeverRaiseTheRate() {
        for (long end = now + Duration.ofSeconds(30).toNanos(); now < end; now += TICK_NANOS) {
            pacer.take(0, MANY);
        }
        assertThat(pacer.rate()).isEqualTo(10);
    }

    @Test
    void completionsWithoutDemandNeverRaiseTheRate() {
        for (long end = now + Duration.ofSeconds(30).toNanos(); now < end; now += TICK_NANOS) {
            pacer.take(0, 0);
            pacer.onCallCompleted();
        }
        assertThat(pacer.rate()).isEqualTo(10);
    }

    @Test
    void demandHeldBackByChannelsIsNoDemandForRate() {
        for (long end = now + Duration.ofSeconds(30).toNanos(); now < end; now += TICK_NANOS) {
            pacer.take(MANY, MANY);
            pacer.onCallCompleted();
        }
        assertThat(pacer.rate()).isEqualTo(10);
    }

    @Test
    void permitsGivenBackAreNoDemand() {
        for (long end = now + Duration.ofSeconds(30).toNanos(); now < end; ) {
            now += Duration.ofMillis(200).toNanos();
            assertThat(pacer.take(0, 3)).isEqualTo(2);
            pacer.giveBack(2);
            pacer.onCallCompleted();
        }
        assertThat(pacer.rate()).isEqualTo(10);
    }

    @Test
    void permitsGivenBackCanBeTakenAgain() {
        now += Duration.ofMillis(200).toNanos();
        assertThat(pacer.take(0, 5)).isEqualTo(2);
        pacer.giveBack(2);
        assertThat(pacer.take(0, 5)).isEqualTo(2);
        assertThat(pacer.take(0, 5)).isZero();
    }

    @Test
    void congestionHalvesTheRate() {
        rampToTheLimit();
        pacer.onCongestion();
        assertThat(pacer.rate()).isEqualTo(50);
    }

    @Test
    void aBurstOfCongestionWithinASecondHalvesTheRateOnce() {
        rampToTheLimit();
        for (int i = 0; i < 5; i++) {
            pacer.onCongestion();
        }
        now += Duration.ofMillis(999).toNanos();
        pacer.onCongestion();
        assertThat(pacer.rate()).isEqualTo(50);
        now += Duration.ofMillis(1).toNanos();
        pacer.onCongestion();
        assertThat(pacer.rate()).isEqualTo(25);
    }

    @Test
    void backOffStopsAtATwentiethOfTheLimit() {
        rampToTheLimit();
        for (int i = 0; i < 10; i++) {
            pacer.onCongestion();
            now += Duration.ofSeconds(1).toNanos();
        }
        assertThat(pacer.rate()).isEqualTo(5);
    }

    @Test
    void backOffStopsAtOneCallASecondUnderALowLimit() {
        Pacer slow = new Pacer(10, MANY, () -> now);
        slow.onCongestion();
        assertThat(slow.rate()).isEqualTo(1);
    }

    @Test
    void aRateUnderTheFloorOfARaisedLimitIsNotRaisedByCongestion() {
        Pacer slow = new Pacer(10, MANY, () -> now);
        slow.setLimits(1_000, MANY);
        slow.onCongestion();
        assertThat(slow.rate()).isEqualTo(1);
    }

    @Test
    void congestionEverySecondKeepsTheRateFromGrowing() {
        for (long end = now + Duration.ofSeconds(20).toNanos(); now < end; now += TICK_NANOS) {
            if ((end - now) % Duration.ofSeconds(1).toNanos() == 0) {
                pacer.onCongestion();
            }
            pacer.take(0, MANY);
            pacer.onCallCompleted();
        }
        assertThat(pacer.rate()).isEqualTo(5);
    }

    @Test
    void theChannelsCapCallsWhateverTheTokens() {
        Pacer fast = new Pacer(1_000, 10, () -> now);
        now += Duration.ofSeconds(1).toNanos();
        assertThat(fast.take(8, MANY)).isEqualTo(2);
        assertThat(fast.take(10, MANY)).isZero();
        assertThat(fast.take(12, MANY)).isZero();
        assertThat(fast.take(0, MANY)).isEqualTo(10);
    }

    @Test
    void callsThatFailFastFreeTheirChannelsButTheRateStillBoundsCallsASecond() {
        Pacer pacer = new Pacer(100, 10, () -> now);
        assertThat(permitsFor(pacer, Duration.ofSeconds(10))).isCloseTo(100, within(2));
    }

    @Test
    void tenSecondsAtTheLimitGiveTenTimesTheLimitInPermits() {
        rampToTheLimit();
        assertThat(permitsFor(pacer, Duration.ofSeconds(10))).isCloseTo(1_000, within(20));
    }

    @Test
    void loweringTheLimitLowersTheRateAtOnce() {
        rampToTheLimit();
        pacer.setLimits(40, MANY);
        assertThat(pacer.rate()).isEqualTo(40);
        assertThat(permitsFor(pacer, Duration.ofSeconds(1))).isCloseTo(40, within(8));
    }

    @Test
    void raisingTheLimitLetsTheRateGrowTowardIt() {
        rampToTheLimit();
        pacer.setLimits(200, MANY);
        assertThat(pacer.rate()).isCloseTo(100, within(1e-9));
        busyFor(Duration.ofSeconds(5));
        assertThat(pacer.rate()).isCloseTo(150, within(1e-9));
        busyFor(Duration.ofSeconds(10));
        assertThat(pacer.rate()).isCloseTo(200, within(1e-9));
    }

    @Test
    void channelsChangeWhileRunning() {
        pacer.setLimits(100, 3);
        now += Duration.ofSeconds(1).toNanos();
        assertThat(pacer.channels()).isEqualTo(3);
        assertThat(pacer.take(2, MANY)).isEqualTo(1);
    }

    @Test
    void aNewWindowStartsAgainFromTheStartRateWithoutABurst() {
        rampToTheLimit();
        now += Duration.ofMinutes(30).toNanos();
        pacer.rampUp();
        assertThat(pacer.rate()).isEqualTo(10);
        assertThat(pacer.take(0, MANY)).isEqualTo(2);
    }

    @Test
    void theLoopWaitsUntilTheNextPermit() {
        Pacer pacer = new Pacer(1_000, MANY, () -> now);
        assertThat(pacer.nanosToNextPermit()).isZero();
        pacer.take(0, 1);
        assertThat(pacer.nanosToNextPermit()).isCloseTo(10_000_000L, within(1L));
        now += Duration.ofMillis(4).toNanos();
        assertThat(pacer.nanosToNextPermit()).isCloseTo(6_000_000L, within(1L));
    }

    @Test
    void theLoopWakesAtLeastEveryHundredMilliseconds() {
        Pacer slow = new Pacer(5, MANY, () -> now);
        slow.take(0, 1);
        assertThat(slow.nanosToNextPermit()).isEqualTo(Duration.ofMillis(100).toNanos());
    }

    @Test
    void risingPostDialDelayHalvesTheRate() {
        rampToTheLimit();
        postDialDelays(50, Duration.ofMillis(500));
        assertThat(pacer.rate()).isEqualTo(100);
        postDialDelays(5, Duration.ofSeconds(3));
        assertThat(pacer.rate()).isEqualTo(50);
    }

    @Test
    void steadyPostDialDelayKeepsTheRate() {
        rampToTheLimit();
        for (int i = 0; i < 100; i++) {
            postDialDelays(1, Duration.ofMillis(400));
            postDialDelays(1, Duration.ofMillis(1_600));
        }
        assertThat(pacer.rate()).isEqualTo(100);
    }

    @Test
    void aRiseOfTinyPostDialDelaysUnderASecondIsJitter() {
        rampToTheLimit();
        postDialDelays(50, Duration.ofMillis(100));
        postDialDelays(50, Duration.ofMillis(900));
        assertThat(pacer.rate()).isEqualTo(100);
    }

    @Test
    void limitsAreValidatedWithTheirNames() {
        assertThatThrownBy(() -> new Pacer(0, 10, () -> now)).hasMessageContaining("callsPerSecond");
        assertThatThrownBy(() -> pacer.setLimits(Double.NaN, 10)).hasMessageContaining("callsPerSecond");
        assertThatThrownBy(() -> pacer.setLimits(10, -1)).hasMessageContaining("channels");
    }

    /** 18 s of demand and completions take the start rate of 10 to the limit of 100. */
    private void rampToTheLimit() {
        busyFor(Duration.ofSeconds(18));
        assertThat(pacer.rate()).isCloseTo(100, within(1e-9));
    }

    /** Calls wanted beyond the rate and reaching subscribers, every 10 ms. */
    private void busyFor(Duration duration) {
        for (long end = now + duration.toNanos(); now < end; ) {
            now += TICK_NANOS;
            pacer.take(0, MANY);
            pacer.onCallCompleted();
        }
    }

    /** Permits taken every 10 ms by a loop with every channel free, its calls having failed at once. */
    private int permitsFor(Pacer pacer, Duration duration) {
        int permits = 0;
        for (long end = now + duration.toNanos(); now < end; ) {
            now += TICK_NANOS;
            permits += pacer.take(0, MANY);
        }
        return permits;
    }

    private void postDialDelays(int calls, Duration pdd) {
        for (int i = 0; i < calls; i++) {
            now += TICK_NANOS;
            pacer.onPostDialDelay(pdd);
        }
    }
}
