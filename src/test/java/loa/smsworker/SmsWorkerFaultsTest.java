package loa.smsworker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import loa.app.Await;
import loa.campaign.PhoneNumber;
import loa.campaign.SmsLedger;
import loa.harness.smsc.CommandStatus;
import loa.harness.smsc.ReceivedBind;
import loa.harness.smsc.SmscConfig;
import loa.harness.smsc.SmscSimulator;
import loa.harness.smsc.ThrottleScope;
import loa.sms.SmppSmsGateway;
import loa.sms.SmscSettings;
import loa.sms.SmscStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS worker with its SMPP gateway against the harness's SMSC over TCP on 127.0.0.1, the
 * agreements recorded in a real Redis: an SMSC that throttles, and one that drops the link in
 * the middle of the stream. What the SMSC's own log saw is held against the SMS records.
 */
class SmsWorkerFaultsTest extends BluezoneInRedis {
    private static final Logger log = LoggerFactory.getLogger(SmsWorkerFaultsTest.class);
    /** Every third declines: 240 agreements, 960 segments of the Bluezone text. */
    static final int AUDIENCE = 360;
    static final int FIRST = 912_300_000;
    static final int SEGMENTS = 4;
    /** The SMSC's limit, in submit_sm a second: the stream lasts several seconds. */
    static final int SMSC_LIMIT = 150;
    static final Duration ENDED = Duration.ofSeconds(40);
    /** Refusals in a row: eight for each SMS of the window, more than the five tries a segment has for errors. */
    static final int THROTTLED = 60;
    static final int QUEUE_FULL = 20;
    /** The worker's own pace, in submit_sm a second: the stream lasts a few seconds, the fault comes in the middle. */
    static final int PACE = 250;
    /** The fault comes once the SMS of this agreement (they go in the order recorded, a window at a time) has arrived. */
    static final int MID_STREAM = 50;

    SmsLedger ledger;
    SmscSimulator smsc;
    SmppSmsGateway gateway;
    SmsWorker worker;

    @BeforeEach
    void startSmsc() throws Exception {
        ledger = store.smsLedger(campaign.id());
        smsc = new SmscSimulator(SmscConfig.accepting("loa", "faults"));
        smsc.start();
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        if (worker != null) worker.stop();
        if (gateway != null) gateway.stop();
        smsc.stop();
    }

    @Test
    void underTheSmscsThroughputLimitTheWorkerSlowsDownAndTextsEveryAgreementExactlyOnce() throws Exception {
        smsc.limitThroughput(SMSC_LIMIT, ThrottleScope.SERVER);
        List<PhoneNumber> agreed = recordCalls();

        long started = System.nanoTime();
        start("");
        awaitEveryAgreementEnded(agreed);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        TextedAtMostOnce.Tally tally = TextedAtMostOnce.check(smsc, ledger, agreed, campaign.sms().text());
        assertThat(tally).isEqualTo(new TextedAtMostOnce.Tally(agreed.size(), 0, 0, 0));
        SmscStats stats = gateway.stats();
        assertThat(stats.throttled()).as("submits the SMSC throttled").isPositive();
        assertThat(stats.ratePerSecond()).as("the rate the worker slowed to").isLessThan(2.0 * SMSC_LIMIT);
        long overLimit = (long) agreed.size() * SEGMENTS - SMSC_LIMIT; // a second's worth passes at once
        assertThat(took).as("at most %d submit_sm a second", SMSC_LIMIT).isGreaterThan(Duration.ofMillis(overLimit * 1000 / SMSC_LIMIT));
        log.info("{} agreements texted once each in {} ms under a limit of {}/s: {} throttled, the rate now {}/s; SMSC: {}",
                agreed.size(), took.toMillis(), SMSC_LIMIT, stats.throttled(), stats.ratePerSecond(),
                smsc.counters().submitResponsesByStatus());
    }

    /** More refusals in a row than {@code tries} allows each segment: throttling is waited out, not counted as errors. */
    @Test
    void aLongBurstOfThrottlingAndAFullQueueMidStreamIsWaitedOutAndLosesNobody() throws Exception {
        List<PhoneNumber> agreed = recordCalls();

        start("rate=" + PACE + "&retry-backoff=20ms");
        awaitTexted(agreed.get(MID_STREAM));
        smsc.throttleNext(THROTTLED).rejectNextWith(CommandStatus.ESME_RMSGQFUL, QUEUE_FULL);
        awaitEveryAgreementEnded(agreed);

        TextedAtMostOnce.Tally tally = TextedAtMostOnce.check(smsc, ledger, agreed, campaign.sms().text());
        assertThat(tally).isEqualTo(new TextedAtMostOnce.Tally(agreed.size(), 0, 0, 0));
        assertThat(smsc.counters().submitResponses(CommandStatus.ESME_RTHROTTLED)).isEqualTo(THROTTLED);
        assertThat(smsc.counters().submitResponses(CommandStatus.ESME_RMSGQFUL)).isEqualTo(QUEUE_FULL);
        SmscStats stats = gateway.stats();
        assertThat(stats.throttled()).isEqualTo(THROTTLED + QUEUE_FULL);
        log.info("{} ESME_RTHROTTLED and {} ESME_RMSGQFUL in a row waited out; {} agreements texted once each; the rate now {}/s",
                THROTTLED, QUEUE_FULL, tally.taken(), stats.ratePerSecond());
    }

    @Test
    void aLinkDroppedMidStreamIsBoundAgainAndNobodyIsTextedTwice() throws Exception {
        List<PhoneNumber> agreed = recordCalls();

        start("rate=" + PACE);
        awaitTexted(agreed.get(MID_STREAM));
        smsc.stopAnswering(); // so that the cut surely finds a segment sent and not answered, as a real one may
        Await.until(ENDED, () -> smsc.counters().responsesWithheld(), n -> n > 0);
        smsc.dropLink();
        smsc.resumeAnswering();
        int beforeDrop = smsc.allMessages().size();
        awaitEveryAgreementEnded(agreed);

        assertThat(smsc.binds()).filteredOn(ReceivedBind::accepted).hasSizeGreaterThanOrEqualTo(2);
        TextedAtMostOnce.Tally tally = TextedAtMostOnce.check(smsc, ledger, agreed, campaign.sms().text());
        assertThat(tally.failed()).as("SMS failed: the link came back well within link-wait").isZero();
        assertThat(tally.uncertain()).as("SMS sent and unanswered when the link broke, at most the window")
                .isBetween(1L, (long) SmscSettings.DEFAULT_WINDOW);
        assertThat(tally.taken()).as("SMS the SMSC took after the drop").isGreaterThan(beforeDrop);
        log.info("link dropped after {} messages: {} of {} agreements taken, {} uncertain ({} of them whole in the SMSC's log)",
                beforeDrop, tally.taken(), agreed.size(), tally.uncertain(), tally.uncertainInTheLog());
    }

    /** The audience's calls, each answered and ended; returns those who agreed. */
    private static List<PhoneNumber> recordCalls() {
        return new RecordedCalls(store, campaign.id()).agreedAndDeclined(FIRST, AUDIENCE);
    }

    private void awaitEveryAgreementEnded(List<PhoneNumber> agreed) throws InterruptedException {
        Await.until(ENDED, ledger::counters, c -> TextedAtMostOnce.allEnded(c, agreed.size()));
    }

    /** Woken by the SMSC as the SMS arrives: others are on their way when the fault comes. */
    private void awaitTexted(PhoneNumber number) throws InterruptedException {
        assertThat(smsc.awaitMessagesTo(number.msisdn(), 1, ENDED)).as("the SMS to %s", number.msisdn()).hasSize(1);
    }

    /** The gateway bound to the simulator with {@code options}, and a worker texting through it. */
    private void start(String options) {
        SmscSettings settings = SmscSettings.parse("the test's SMSC", "smpp://loa:faults@" + smsc.host() + ":" + smsc.port() + "?" + options);
        gateway = new SmppSmsGateway(settings, new LedgerReceipts(ledger));
        gateway.start();
        worker = new SmsWorker(campaign, store.eventFeed(campaign.id()), ledger, gateway, Clock.systemUTC());
        worker.start();
    }
}
