package loa.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import loa.campaign.Campaign;
import loa.campaign.PhoneNumber;
import loa.campaign.SmsLedger;
import loa.config.CampaignFile;
import loa.harness.smsc.SmscConfig;
import loa.harness.smsc.SmscSimulator;
import loa.harness.smsc.ThrottleScope;
import loa.sms.SmscSettings;
import loa.smsworker.RecordedCalls;
import loa.smsworker.TextedAtMostOnce;
import loa.store.RedisStore;
import loa.store.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 6's kill test: {@code loa sms work}, in a JVM of its own, killed with SIGKILL while it
 * submits to a slow SMSC, then started again. The SMSC and Redis live in this JVM, so what the
 * SMSC received can be held against the SMS records: nobody is texted twice; the SMS the dead
 * worker had claimed and not seen answered are uncertain, the rest go out once.
 */
class KilledSmsWorkerTest {
    private static final Logger log = LoggerFactory.getLogger(KilledSmsWorkerTest.class);
    /** Every third declines: 240 agreements, 960 segments of the Bluezone text. */
    static final int AUDIENCE = 360;
    static final int FIRST = 912_500_000;
    /** submit_sm a second the SMSC takes: 240 SMS of 4 segments last about ten seconds. */
    static final int SMSC_LIMIT = 100;
    static final int TEXTED_AT_KILL = 40;
    /**
     * Long enough for the restarted worker to make the dead one's claims uncertain (its heartbeat
     * lapses after 10 s) and take over the events it had read and not handled (idle 30 s).
     */
    static final Duration ENDED = Duration.ofSeconds(90);

    @TempDir
    Path dir;
    TestRedis redis;
    RedisStore store;
    SmscSimulator smsc;
    Campaign campaign;
    Process child;

    @BeforeEach
    void start() throws Exception {
        redis = new TestRedis(dir.resolve("redis"));
        store = RedisStore.connect(redis.uri().toString(), dir.resolve("data"));
        smsc = new SmscSimulator(SmscConfig.accepting("loa", "killed").withThroughputLimit(SMSC_LIMIT, ThrottleScope.SERVER));
        smsc.start();
        campaign = CampaignFile.load(Path.of("campaigns/bluezone.yaml"));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (child != null && child.isAlive()) child.destroyForcibly().waitFor();
        if (smsc != null) smsc.stop();
        if (store != null) store.close();
        if (redis != null) redis.close();
    }

    @Test
    void aWorkerKilledMidStreamAndStartedAgainTextsNobodyTwice() throws Exception {
        List<PhoneNumber> agreed = new RecordedCalls(store, campaign.id()).agreedAndDeclined(FIRST, AUDIENCE);
        SmsLedger ledger = store.smsLedger(campaign.id());
        List<String> work = workCommand();
        child = LoaProcess.start(work, dir.resolve("first.log"));
        Await.until(Duration.ofSeconds(60), () -> smsc.allMessages().size(), n -> !child.isAlive() || n >= TEXTED_AT_KILL);
        assertThat(child.isAlive()).as(() -> "loa sms work is texting when it is killed; its log ends:\n" + tail("first.log")).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor()).as("killed by SIGKILL").isEqualTo(LoaProcess.KILLED);
        int textedAtKill = smsc.allMessages().size();
        long openAtKill = openClaims(ledger.counters());
        assertThat(textedAtKill).as("whole messages when the worker was killed").isLessThan(agreed.size());

        child = LoaProcess.start(work, dir.resolve("second.log"));
        Await.until(ENDED, ledger::counters, c -> !child.isAlive() || TextedAtMostOnce.allEnded(c, agreed.size()));
        assertThat(child.isAlive()).as(() -> "the restarted worker runs; its log ends:\n" + tail("second.log")).isTrue();

        TextedAtMostOnce.Tally tally = TextedAtMostOnce.check(smsc, ledger, agreed, campaign.sms().text());
        assertThat(tally.failed()).isZero();
        assertThat(openAtKill).as("claims the dead worker left: its window, and the one waiting for room in it")
                .isBetween(1L, SmscSettings.DEFAULT_WINDOW + 1L);
        assertThat(tally.uncertain()).as("uncertain: the claims the dead worker left, no more").isEqualTo(openAtKill);
        log.info("killed after {} whole messages, with {} claims open; in the end {} of {} agreements texted once, {} uncertain "
                        + "({} of them whole in the SMSC's log); SMSC: {}", textedAtKill, openAtKill, tally.taken(), agreed.size(),
                tally.uncertain(), tally.uncertainInTheLog(), smsc.counters().submitResponsesByStatus());
    }

    /** Claims no outcome was recorded for (yet). */
    private static long openClaims(Map<String, Long> counters) {
        return counters.getOrDefault("sms-claimed", 0L) - counters.getOrDefault("sms-submitted", 0L)
                - counters.getOrDefault("sms-failed", 0L) - counters.getOrDefault("sms-uncertain", 0L);
    }

    /** {@code loa sms work} of the Bluezone campaign against this test's Redis and SMSC; the same for both runs. */
    private List<String> workCommand() {
        return LoaProcess.command("sms", "work", "--campaign", Path.of("campaigns/bluezone.yaml").toAbsolutePath().toString(),
                "--redis", redis.uri().toString(), "--data", dir.resolve("data").toString(),
                "--smsc", "smpp://loa:killed@" + smsc.host() + ":" + smsc.port());
    }

    private String tail(String log) {
        return LoaProcess.tail(dir.resolve(log));
    }
}
