package loa.app;

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
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import loa.campaign.Answer;
import loa.campaign.CallLimits;
import loa.campaign.CallOutcome;
import loa.campaign.CallingSchedule;
import loa.campaign.CallingWindow;
import loa.campaign.Campaign;
import loa.campaign.CampaignProgress;
import loa.campaign.DialogLinks;
import loa.campaign.DialogSpec;
import loa.campaign.PhoneNumber;
import loa.campaign.RetryPolicy;
import loa.campaign.SmsLedger;
import loa.campaign.WindowOccurrence;
import loa.config.CampaignFile;
import loa.dialer.Launcher;
import loa.harness.smsc.SmeAddress;
import loa.harness.smsc.SmscConfig;
import loa.harness.smsc.SmscSimulator;
import loa.harness.subscribers.CallRecord;
import loa.harness.subscribers.SubscriberOutcome;
import loa.harness.subscribers.Subscribers;
import loa.harness.voicebrowser.VoiceBrowser;
import loa.sip.SipCallPlacer;
import loa.sms.SmscSettings;
import loa.store.RedisKeys;
import loa.store.RedisStore;
import loa.store.SubscriberCodes;
import loa.store.TestRedis;
import loa.vxml.DialogServer;
import loa.vxml.HttpDialogProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded campaign through two calling windows over loopback: the launcher (claims in Redis,
 * pacing, SIP third-party call control) against the harness's subscribers and voice browser and
 * the real dialog web app. Everything loa recorded is checked against what the simulated
 * network saw.
 */
class CampaignRunEndToEndTest {
    static final int AUDIENCE = 1_500;
    static final long SEED = 5;
    /** Two windows of a made-up day, a few seconds after the test starts. */
    static final CallingWindow MORNING = new CallingWindow(LocalTime.of(10, 0, 0), LocalTime.of(10, 0, 45));
    static final CallingWindow AFTERNOON = new CallingWindow(LocalTime.of(10, 0, 50), LocalTime.of(10, 1, 35));

    @TempDir
    Path dir;
    TestRedis redis;
    RedisStore store;
    ShortDialogNetwork network;
    Subscribers subscribers;
    VoiceBrowser browser;
    DialogServer server;
    SipCallPlacer placer;
    SmscSimulator smsc;
    Campaign campaign;
    Clock clock;

    @BeforeEach
    void start() throws Exception {
        redis = new TestRedis(dir.resolve("redis"));
        store = RedisStore.connect(redis.uri().toString(), dir.resolve("data"));
        campaign = shortCampaign(CampaignFile.load(Path.of("campaigns/bluezone.yaml")));
        ZonedDateTime justBefore = ZonedDateTime.of(2026, 12, 1, 9, 59, 58, 0, campaign.timeZone());
        clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), justBefore.toInstant()));
        network = new ShortDialogNetwork(SEED, clock);
        subscribers = network.subscribers;
        browser = network.browser;
        Path prompts = ShortPrompts.copyOf(Path.of("prompts"), dir.resolve("prompts"), ShortDialogNetwork.PROMPT);
        DialogLinks links = new DialogLinks("an end-to-end test's secret".getBytes(StandardCharsets.UTF_8), clock);
        server = new DialogServer(new DialogServer.Config("127.0.0.1", 0, Path.of("vxml"), prompts, ofSeconds(2)),
                List.of(campaign), store.callRecords(clock), links, clock);
        server.start();
        placer = new SipCallPlacer("127.0.0.1", 0, subscribers.host(), subscribers.port(), browser.host(), browser.port());
        placer.start();
        smsc = new SmscSimulator(SmscConfig.accepting("loa", "e2e"));
        smsc.start();
    }

    @AfterEach
    void stop() {
        if (smsc != null) smsc.stop();
        if (placer != null) placer.stop();
        if (server != null) server.stop();
        if (network != null) network.close();
        if (store != null) store.close();
        if (redis != null) redis.close();
    }

    @Test
    void aCampaignRunsThroughTwoWindowsAndEveryAttemptIsAccountedFor() throws Exception {
        List<PhoneNumber> audience = ShortDialogNetwork.queueAudience(store, campaign.id(), AUDIENCE);
        String base = "http://127.0.0.1:" + server.port();
        DialogLinks links = new DialogLinks("an end-to-end test's secret".getBytes(StandardCharsets.UTF_8), clock);
        Launcher.Parts parts = new Launcher.Parts(store.attemptQueue(campaign.id()), store.callRecords(clock), placer,
                store.campaignControl(clock), links, base);

        CallingSchedule schedule = new CallingSchedule(campaign);
        WindowOccurrence afternoon = schedule.nextWindow(schedule.currentOrNext(clock.instant()).opens());
        CampaignProgress done;
        SmsLedger sms = store.smsLedger(campaign.id());
        try (SmsRun texts = SmsRun.start(campaign, store, SmscSettings.of(smsc.host(), smsc.port(), "loa", "e2e"), clock);
             CampaignRun run = CampaignRun.start(campaign, parts, new HttpDialogProbe(HttpDialogProbe.Config.DEFAULTS), placer,
                     clock, ofSeconds(5))) {
            done = Await.until(Duration.ofMinutes(3), run::progress, p -> p.isFinished() && run.launcher().inFlight() == 0);
            long agreed = done.answer(Answer.AGREED);
            Await.until(Duration.ofSeconds(30), sms::counters, c -> c.getOrDefault("sms-delivered", 0L) == agreed);
        }

        List<CallRecord> calls = subscribers.calls();
        Map<String, List<CallRecord>> byNumber = calls.stream().collect(Collectors.groupingBy(CallRecord::number));
        // Everybody was called, nobody more than twice, and a second call only after a retried outcome.
        assertThat(byNumber.keySet()).isEqualTo(audience.stream().map(PhoneNumber::msisdn).collect(Collectors.toSet()));
        assertThat(byNumber.values()).allSatisfy(c -> assertThat(c).hasSizeBetween(1, 2));
        Set<SubscriberOutcome> retried = Set.of(SubscriberOutcome.BUSY, SubscriberOutcome.UNREACHABLE, SubscriberOutcome.CANCELLED);
        byNumber.values().forEach(c -> assertThat(c.size() == 2).as("retried %s", c.get(0).outcome())
                .isEqualTo(retried.contains(c.get(0).outcome())));
        // No INVITE outside a window, and a retry always in the later window.
        assertThat(calls).allSatisfy(c -> assertThat(schedule.windowAt(c.invitedAt())).as("window of %s", c.invitedAt()).isPresent());
        byNumber.values().stream().filter(c -> c.size() == 2)
                .forEach(c -> assertThat(schedule.windowAt(c.get(1).invitedAt()).orElseThrow().id()).isEqualTo(afternoon.id()));
        // loa's counts are the network's.
        assertThat(done.attempts()).isEqualTo(calls.size());
        assertThat(done.outcome(CallOutcome.ANSWERED)).isEqualTo(count(calls, SubscriberOutcome.ANSWERED));
        assertThat(done.outcome(CallOutcome.BUSY)).isEqualTo(count(calls, SubscriberOutcome.BUSY));
        assertThat(done.outcome(CallOutcome.UNREACHABLE)).isEqualTo(count(calls, SubscriberOutcome.UNREACHABLE));
        assertThat(done.outcome(CallOutcome.INVALID_NUMBER)).isEqualTo(count(calls, SubscriberOutcome.INVALID));
        assertThat(done.outcome(CallOutcome.NO_ANSWER)).isEqualTo(count(calls, SubscriberOutcome.CANCELLED));
        assertThat(done.outcome(CallOutcome.LOST)).isZero();
        assertThat(done.outcome(CallOutcome.FAILED)).isZero();
        // Every subscriber is final, and those who pressed 1 agreed.
        Map<PhoneNumber, Integer> states = new SubscriberStates(redis.client(), new RedisKeys(campaign.id())).of(audience);
        assertThat(states.values()).allMatch(s -> s == SubscriberCodes.DONE || s >= SubscriberCodes.AGREED);
        long pressedOne = byNumber.values().stream().filter(c -> c.stream().anyMatch(r -> r.keysPressed().startsWith("1"))).count();
        assertThat(states.values().stream().filter(s -> s == SubscriberCodes.AGREED).count()).isEqualTo(pressedOne);
        assertThat(pressedOne).isGreaterThan(AUDIENCE / 10);
        assertThat(done.answer(Answer.AGREED)).isEqualTo(pressedOne);
        // Each of them got one SMS, exactly as the campaign says, as the SMSC itself saw it.
        Set<String> agreed = states.entrySet().stream().filter(e -> e.getValue() == SubscriberCodes.AGREED)
                .map(e -> e.getKey().msisdn()).collect(Collectors.toSet());
        assertThat(smsc.destinations()).isEqualTo(agreed);
        assertThat(smsc.allMessages()).hasSize(agreed.size()).allSatisfy(m -> {
            assertThat(m.text()).isEqualTo(campaign.sms().text());
            assertThat(m.source()).isEqualTo(new SmeAddress("MOBIFONE.AI", 5, 0));
            assertThat(m.destination().ton()).isEqualTo(1);
            assertThat(m.destination().npi()).isEqualTo(1);
            assertThat(m.dataCoding()).isEqualTo(8);
            assertThat(m.segmentCount()).isEqualTo(4);
        });
        assertThat(sms.counters()).containsEntry("sms-claimed", (long) agreed.size())
                .containsEntry("sms-submitted", (long) agreed.size()).containsEntry("sms-delivered", (long) agreed.size());
    }

    private static long count(List<CallRecord> calls, SubscriberOutcome outcome) {
        return calls.stream().filter(c -> c.outcome() == outcome).count();
    }

    /** Bluezone, with windows, rings, prompts and retries short enough to run in a minute and a half. */
    private static Campaign shortCampaign(Campaign bluezone) {
        DialogSpec dialog = bluezone.dialog();
        return new Campaign(bluezone.id(), bluezone.name(), bluezone.timeZone(), bluezone.callerId(), bluezone.audience(),
                List.of(MORNING, AFTERNOON), Set.of(),
                new RetryPolicy(2, bluezone.retry().retryOn(), ofSeconds(1), true),
                new CallLimits(600, 200, ofSeconds(2), ofSeconds(20)),
                new DialogSpec(dialog.entry(), dialog.closing(), dialog.prompts(), ofSeconds(4), 1, ofSeconds(1), false),
                bluezone.sms());
    }
}
