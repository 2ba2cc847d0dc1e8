package loa.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import loa.campaign.CallOutcome;
import loa.campaign.CampaignProgress;
import loa.campaign.PhoneNumber;
import loa.harness.subscribers.CallRecord;
import loa.harness.subscribers.SubscriberOutcome;
import loa.harness.subscribers.Subscribers;
import loa.store.RedisKeys;
import loa.store.RedisStore;
import loa.store.SubscriberCodes;
import loa.store.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Issue 5's kill test: {@code loa run}, in a JVM of its own, killed with SIGKILL in the middle of
 * a window while calls are up, then started again. The harness's subscribers and voice browser
 * and Redis live in this JVM, so they outlive the launcher and what the network saw can be held
 * against what loa counted: nobody is called three times, nobody is lost.
 */
class KilledLauncherTest {
    private static final Logger log = LoggerFactory.getLogger(KilledLauncherTest.class);
    static final String CAMPAIGN = "killed-launcher";
    static final int AUDIENCE = 1_000;
    static final long SEED = 11;
    /** The kill comes once this many attempts are settled and at least {@link #UP_AT_KILL} calls are up. */
    static final long SETTLED_AT_KILL = 300;
    static final long UP_AT_KILL = 20;

    @TempDir
    Path dir;
    TestRedis redis;
    RedisStore store;
    final RedisKeys keys = new RedisKeys(CAMPAIGN);
    ShortDialogNetwork network;
    Subscribers subscribers;
    Process child;

    @BeforeEach
    void start() throws Exception {
        redis = new TestRedis(dir.resolve("redis"));
        store = RedisStore.connect(redis.uri().toString(), dir.resolve("data"));
        network = new ShortDialogNetwork(SEED, Clock.systemUTC());
        subscribers = network.subscribers;
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (child != null && child.isAlive()) child.destroyForcibly().waitFor();
        if (network != null) network.close();
        if (store != null) store.close();
        if (redis != null) redis.close();
    }

    @Test
    void aLauncherKilledMidWindowAndStartedAgainCallsNobodyThriceAndLosesNobody() throws Exception {
        List<PhoneNumber> audience = ShortDialogNetwork.queueAudience(store, CAMPAIGN, AUDIENCE);
        List<String> run = runCommand();
        child = launch(run, "first-run.log");
        Await.until(Duration.ofSeconds(60), this::progress,
                p -> !child.isAlive() || (p.attempts() >= SETTLED_AT_KILL && p.calling() >= UP_AT_KILL));
        assertThat(child.isAlive()).as(() -> "loa run is calling when it is killed; its log ends:\n" + tail("first-run.log")).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor()).as("killed by SIGKILL").isEqualTo(LoaProcess.KILLED);
        Set<String> leasedAtKill = leased();

        child = launch(run, "second-run.log");
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).as(() -> "loa run ends once the campaign is finished; its log ends:\n"
                + tail("second-run.log")).isTrue();
        assertThat(child.exitValue()).as(() -> "the second run's exit code; its log ends:\n" + tail("second-run.log")).isZero();

        List<String> lost = lostAttempts();
        assertThat(lost).as("attempts the kill cut short").isNotEmpty().doesNotHaveDuplicates();
        assertThat(leasedAtKill).containsAll(lost);
        everybodyWasCalledOnceOrTwice(audience, lost);
        eachAttemptCountsOnce(lost);
        nobodyIsLeftWaitingOrCalling(audience);
        CampaignProgress end = progress();
        log.info("{} attempts ({} counted under an outcome) for {} calls the subscribers saw; {} leases at the kill, {} settled "
                        + "as lost ({} of those never reached a subscriber), {} as done after an answer", end.attempts(),
                end.outcomes().values().stream().mapToLong(n -> n).sum(), subscribers.calls().size(), leasedAtKill.size(),
                lost.size(), neverReached(lost), leasedAtKill.size() - lost.size());
    }

    /** Everybody, nobody more than twice, and a second time only after a retried outcome or a lost attempt. */
    private void everybodyWasCalledOnceOrTwice(List<PhoneNumber> audience, List<String> lost) {
        Map<String, List<CallRecord>> calls = callsByNumber();
        assertThat(calls.keySet()).isEqualTo(audience.stream().map(PhoneNumber::msisdn).collect(Collectors.toSet()));
        assertThat(calls.values()).allSatisfy(c -> assertThat(c).hasSizeBetween(1, 2));
        Set<SubscriberOutcome> retried = Set.of(SubscriberOutcome.BUSY, SubscriberOutcome.UNREACHABLE, SubscriberOutcome.CANCELLED);
        calls.forEach((number, c) -> assertThat(c.size() == 1 || retried.contains(c.get(0).outcome()) || lost.contains(number))
                .as("second call to %s after %s", number, c.get(0).outcome()).isTrue());
    }

    /**
     * The restart settled the attempts the kill cut short as lost (a lease whose subscriber had
     * answered, as done), and every attempt counts once: each call the subscribers saw, and each
     * lost attempt whose INVITE never reached them.
     */
    private void eachAttemptCountsOnce(List<String> lost) {
        CampaignProgress done = progress();
        assertThat(counter("lost")).isEqualTo(lost.size());
        assertThat(done.outcome(CallOutcome.LOST)).isEqualTo(lost.size());
        assertThat(done.attempts()).isEqualTo(subscribers.calls().size() + neverReached(lost));
    }

    private void nobodyIsLeftWaitingOrCalling(List<PhoneNumber> audience) {
        CampaignProgress done = progress();
        assertThat(done.done()).isEqualTo(AUDIENCE);
        assertThat(List.of(done.firstPending(), done.retryPending(), done.calling())).containsOnly(0L);
        assertThat(redis.client().zcard(keys.leases())).isZero();
        assertThat(redis.client().zcard(keys.retries())).isZero();
        assertThat(new SubscriberStates(redis.client(), keys).of(audience).values())
                .allMatch(s -> s == SubscriberCodes.DONE || s >= SubscriberCodes.AGREED);
    }

    /**
     * Lost attempts whose INVITE never reached the subscriber. Whichever attempt was lost, its
     * subscriber had one other call: the first before a lost retry, the retry after a lost first.
     */
    private long neverReached(List<String> lost) {
        Map<String, List<CallRecord>> calls = callsByNumber();
        return lost.stream().filter(n -> calls.get(n).size() == 1).count();
    }

    private Map<String, List<CallRecord>> callsByNumber() {
        return subscribers.calls().stream().collect(Collectors.groupingBy(CallRecord::number));
    }

    private CampaignProgress progress() {
        return store.attemptQueue(CAMPAIGN).progress();
    }

    private long counter(String name) {
        String value = redis.client().hget(keys.counters(), name);
        return value == null ? 0 : Long.parseLong(value);
    }

    /** Whoever holds a lease now: a call of the launcher's in progress, or one it will never settle. */
    private Set<String> leased() {
        return redis.client().zrange(keys.leases(), 0, -1).stream().map(n -> new PhoneNumber(Integer.parseInt(n)).msisdn())
                .collect(Collectors.toSet());
    }

    /** The numbers of the attempts settled as lost, one for each, from the campaign's events. */
    private List<String> lostAttempts() {
        return redis.client().xrange(keys.events(), (StreamEntryID) null, null).stream().map(StreamEntry::getFields)
                .filter(e -> "ended".equals(e.get("type")) && CallOutcome.LOST.label().equals(e.get("outcome")))
                .map(e -> e.get("msisdn")).toList();
    }

    /** {@code loa run} of a short campaign against the harness, on ports of its own; the same for both runs. */
    private List<String> runCommand() throws IOException {
        Path campaign = Files.writeString(dir.resolve(CAMPAIGN + ".yaml"), campaignFile(zoneNearNoon(Instant.now())));
        Path prompts = ShortPrompts.copyOf(Path.of("prompts"), dir.resolve("prompts"), ShortDialogNetwork.PROMPT);
        return LoaProcess.command("run",
                "--campaign", campaign.toString(), "--redis", redis.uri().toString(), "--data", dir.resolve("data").toString(),
                "--trunk", subscribers.uri(), "--voice-browser", network.browser.uri(), "--sip-port", "0",
                "--port", Integer.toString(freePort()), "--vxml", Path.of("vxml").toAbsolutePath().toString(),
                "--prompts", prompts.toString(), "--progress-every", "PT5S");
    }

    private Process launch(List<String> command, String log) throws IOException {
        return LoaProcess.start(command, dir.resolve(log));
    }

    private String tail(String log) {
        return LoaProcess.tail(dir.resolve(log));
    }

    /**
     * A port free now, for the web app of both runs: with port 0 the public URL would say 0, and one
     * port lets the dialogs the first run's calls left in the voice browser reach the second run.
     */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The fixed-offset zone whose local time now is between 12:00 and 13:00 (Etc/GMT-N is UTC+N). */
    static String zoneNearNoon(Instant now) {
        int offset = 12 - now.atZone(ZoneOffset.UTC).getHour();
        return offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset);
    }

    /**
     * The Bluezone dialog in one window around now, short enough for a test: 2 s rings, calls of a
     * few seconds (max-duration 10 s keeps the launcher's lease, ring + max + 30 s, at 42 s) and a
     * retry 1 s later in the same window.
     */
    static String campaignFile(String zone) {
        return """
                id: %s
                name: A launcher killed mid-window
                time-zone: %s
                caller-id: "090"
                audience:
                  exclude: {}
                windows:
                  - 06:00-18:00
                skip-dates: []
                attempts:
                  max: 2
                  retry-on: [no-answer, busy, unreachable]
                  retry-after: 1s
                  retry-in-a-later-window: false
                calls:
                  channels: 200
                  calls-per-second: 100
                  ring-timeout: 2s
                  max-duration: 10s
                dialog:
                  entry: bluezone/main.vxml
                  closing: bluezone/closing.vxml
                  expected-duration: 4s
                  no-input-reprompts: 1
                  input-timeout: 1s
                  speech: false
                  prompts:
                    announcement: bluezone/announcement.wav
                    instruction: bluezone/instruction.wav
                    thanks: bluezone/thanks.wav
                    recorded: bluezone/recorded.wav
                sms:
                  sender: MOBIFONE.AI
                  text: Cài đặt Bluezone tại https://www.bluezone.gov.vn/taiapp
                """.formatted(CAMPAIGN, zone);
    }
}
