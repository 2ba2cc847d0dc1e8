package loa.dialer;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import loa.campaign.CallEvents;
import loa.campaign.CallLimits;
import loa.campaign.CallOutcome;
import loa.campaign.CallPlacer;
import loa.campaign.CallRequest;
import loa.campaign.CallingSchedule;
import loa.campaign.CallingWindow;
import loa.campaign.Campaign;
import loa.campaign.ControlState;
import loa.campaign.DialogLinks;
import loa.campaign.PhoneNumber;
import loa.campaign.SubscriberBatch;
import loa.config.CampaignFile;
import loa.store.RedisStore;
import loa.store.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's loop against a real Redis, with a call placer that stands in for the network
 * (the SIP side is tested on its own and end to end): when it calls, how fast, how many at
 * once, and how it obeys pause, stop, new limits and the window's drain.
 */
class LauncherTest {
    static final CallingWindow WINDOW = new CallingWindow(LocalTime.of(10, 0), LocalTime.of(12, 0));
    /** How long after the operator's word no new call may start. */
    static final Duration WITHIN = ofSeconds(1);

    @TempDir
    static Path data;
    static TestRedis redis;
    static RedisStore store;

    Campaign campaign;
    Launcher launcher;
    final FakeNetwork network = new FakeNetwork();

    @BeforeAll
    static void startRedis() throws Exception {
        redis = new TestRedis(data.resolve("redis"));
        store = RedisStore.connect(redis.uri().toString(), data.resolve("data"));
    }

    @AfterAll
    static void stopRedis() {
        store.close();
        redis.close();
    }

    @BeforeEach
    void queueAudience() {
        redis.client().flushAll();
        campaign = campaign(50, 100);
        SubscriberBatch batch = new SubscriberBatch(1000);
        for (int i = 0; i < 1000; i++) batch.queue(new PhoneNumber(901_000_000 + i * 13), 0);
        store.audienceQueue(campaign.id()).apply(batch);
    }

    @AfterEach
    void stopLauncher() throws Exception {
        if (launcher != null) launcher.stop(ofSeconds(5));
        network.close();
    }

    @Test
    void aLauncherStartedInTheMiddleOfAWindowCallsAtOnce() throws Exception {
        Clock clock = at(LocalTime.of(10, 30));
        long started = System.nanoTime();
        start(clock);

        await(() -> !network.calls.isEmpty());

        assertThat(Duration.ofNanos(network.calls.get(0).nanos() - started)).isLessThan(WITHIN);
    }

    @Test
    void pauseAndStopTakeEffectWithinASecondAndResumeCallsAgain() throws Exception {
        start(at(LocalTime.of(10, 30)));
        await(() -> network.calls.size() >= 10);

        for (ControlState.Status halt : List.of(ControlState.Status.PAUSED, ControlState.Status.STOPPED)) {
            store.campaignControl(Clock.systemUTC()).set(campaign.id(), halt, "the ministry called");
            long said = System.nanoTime();
            observe(WITHIN.plusSeconds(1));
            assertThat(network.callsAfter(said + WITHIN.toNanos())).as("calls after %s", halt).isZero();

            store.campaignControl(Clock.systemUTC()).set(campaign.id(), ControlState.Status.RUNNING, "");
            int before = network.calls.size();
            await(() -> network.calls.size() > before);
        }
    }

    @Test
    void newLimitsTakeEffectWhileRunning() throws Exception {
        start(at(LocalTime.of(10, 30)));
        await(() -> network.calls.size() >= 30);

        store.campaignControl(Clock.systemUTC()).setLimits(campaign.id(), 2.0, null);
        observe(WITHIN);
        long from = System.nanoTime();
        observe(ofSeconds(3));

        assertThat(network.callsAfter(from)).isBetween(3, 8); // 2 a second, give or take the bucket
        assertThat(launcher.pacer().rate()).isLessThanOrEqualTo(2.0);
    }

    @Test
    void neverMoreCallsUpThanChannels() throws Exception {
        campaign = campaign(50, 7);
        network.holdCalls();
        start(at(LocalTime.of(10, 30)));

        await(() -> network.calls.size() == 7);
        observe(ofMillis(500));
        assertThat(network.calls).hasSize(7);

        network.endOne(CallOutcome.BUSY);
        await(() -> network.calls.size() == 8);
        assertThat(launcher.inFlight()).isEqualTo(7);
    }

    @Test
    void noCallStartsOnceTheWindowDrains() throws Exception {
        CallingSchedule schedule = new CallingSchedule(campaign);
        Clock clock = at(LocalTime.of(10, 0));
        Instant lastCallStart = schedule.windowAt(clock.instant()).orElseThrow().lastCallStart();
        clock = Clock.offset(clock, Duration.between(clock.instant(), lastCallStart.minusSeconds(2)));
        start(clock);

        await(() -> !network.calls.isEmpty());
        observe(ofSeconds(3));

        assertThat(network.calls).allSatisfy(c -> assertThat(c.at()).isBeforeOrEqualTo(lastCallStart));
        assertThat(network.calls.get(network.calls.size() - 1).at()).isAfter(lastCallStart.minusSeconds(1));
    }

    @Test
    void aFailingCheckPausesTheCampaignAndItsMendingResumesIt() {
        AtomicReference<Optional<String>> found = new AtomicReference<>(Optional.of("entry dialog: HTTP 503"));
        var control = store.campaignControl(Clock.systemUTC());
        SelfCheck check = new SelfCheck(campaign.id(), control, DialogCheck.PAUSE_REASON, 2, found::get);

        check.run();
        assertThat(control.read(campaign.id()).status()).as("one strike").isEqualTo(ControlState.Status.RUNNING);
        check.run();
        assertThat(control.read(campaign.id())).extracting(ControlState::status, ControlState::reason)
                .containsExactly(ControlState.Status.PAUSED, "dialog check failed: entry dialog: HTTP 503");
        found.set(Optional.empty());
        check.run();
        assertThat(control.read(campaign.id()).status()).isEqualTo(ControlState.Status.RUNNING);

        control.set(campaign.id(), ControlState.Status.PAUSED, "operator");
        found.set(Optional.of("entry dialog: HTTP 503"));
        check.run();
        check.run();
        found.set(Optional.empty());
        check.run();
        assertThat(control.read(campaign.id())).extracting(ControlState::status, ControlState::reason)
                .containsExactly(ControlState.Status.PAUSED, "operator");
    }

    private void start(Clock clock) {
        DialogLinks links = new DialogLinks("a launcher test's secret".getBytes(StandardCharsets.UTF_8), clock);
        launcher = new Launcher(campaign, new Launcher.Parts(store.attemptQueue(campaign.id()), store.callRecords(clock),
                network.placer(clock), store.campaignControl(clock), links, "http://127.0.0.1:9"), clock);
        launcher.start();
    }

    /** A clock showing {@code local} on a made-up day in the campaign's time zone, and running. */
    private Clock at(LocalTime local) {
        Instant then = ZonedDateTime.of(java.time.LocalDate.of(2026, 12, 1), local, campaign.timeZone()).toInstant();
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), then));
    }

    private static Campaign campaign(double callsPerSecond, int channels) {
        Campaign bluezone;
        try {
            bluezone = CampaignFile.load(Path.of("campaigns/bluezone.yaml"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new Campaign(bluezone.id(), bluezone.name(), bluezone.timeZone(), bluezone.callerId(), bluezone.audience(),
                List.of(WINDOW), Set.of(), bluezone.retry(), new CallLimits(channels, callsPerSecond, ofSeconds(2), ofSeconds(10)),
                bluezone.dialog(), bluezone.sms());
    }

    /** Watching for a while what the launcher does on its own: the wait is the observation, not a synchronisation. */
    private static void observe(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not true within 10 s");
            Thread.sleep(20);
        }
    }

    /** The network as the launcher's port sees it: each call ends a moment later with no answer, or is held. */
    static final class FakeNetwork implements AutoCloseable {
        record Call(String callId, long nanos, Instant at, CallEvents events) {
        }

        final List<Call> calls = new CopyOnWriteArrayList<>();
        private final ScheduledExecutorService ends = Executors.newSingleThreadScheduledExecutor();
        private volatile boolean hold;

        CallPlacer placer(Clock clock) {
            return (CallRequest request, CallEvents events) -> {
                Call call = new Call(request.callId(), System.nanoTime(), clock.instant(), events);
                calls.add(call);
                if (!hold) ends.schedule(() -> events.onEnded(request.callId(), CallOutcome.NO_ANSWER, 487), 50, TimeUnit.MILLISECONDS);
            };
        }

        void holdCalls() {
            hold = true;
        }

        void endOne(CallOutcome outcome) {
            Call call = calls.get(0);
            call.events().onEnded(call.callId(), outcome, 486);
        }

        int callsAfter(long nanos) {
            return (int) calls.stream().filter(c -> c.nanos() > nanos).count();
        }

        @Override
        public void close() {
            ends.shutdownNow();
        }
    }
}
