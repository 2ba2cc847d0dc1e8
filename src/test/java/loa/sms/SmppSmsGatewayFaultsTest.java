package loa.sms;

import static loa.sms.SmppTestSmsc.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import loa.campaign.SmsRequest;
import loa.harness.smsc.CommandStatus;
import loa.harness.smsc.ReceivedBind;
import loa.harness.smsc.ReceivedPdu;
import loa.harness.smsc.ThrottleScope;
import org.junit.jupiter.api.Test;

/** The gateway against a misbehaving SMSC: refusals, throttling, a wrong password, broken links, silence. */
class SmppSmsGatewayFaultsTest extends SmppGatewayFixture {

    @Test
    void aPermanentErrorFailsTheSmsAtOnceWithTheCodeNamed() throws Exception {
        start(test.settings(""));
        test.smsc.rejectNextWith(CommandStatus.ESME_RINVDSTADR, 1);
        SmsRequest sms = test.sms("to nowhere");

        gateway.submit(sms, outcomes);

        SmppOutcomes.Outcome outcome = outcomes.await(sms.smsId(), WAIT);
        assertThat(outcome.kind()).isEqualTo(SmppOutcomes.Kind.FAILED);
        assertThat(outcome.reason()).isEqualTo("ESME_RINVDSTADR 0x0000000B");
        assertThat(test.smsc.pdusTo(sms.to().msisdn())).hasSize(1);
        assertThat(gateway.stats().failed()).isEqualTo(1);
    }

    @Test
    void aThrottledSegmentIsSubmittedAgainUntilAcceptedAndArrivesOnce() throws Exception {
        start(test.settings("rate=100"));
        test.smsc.throttleNext(2).rejectNextWith(CommandStatus.ESME_RMSGQFUL, 1);
        SmsRequest sms = test.sms("patience");

        gateway.submit(sms, outcomes);

        assertThat(outcomes.await(sms.smsId(), WAIT).kind()).isEqualTo(SmppOutcomes.Kind.SUBMITTED);
        assertThat(test.smsc.pdusTo(sms.to().msisdn())).extracting(ReceivedPdu::commandStatus).containsExactly(
                CommandStatus.ESME_RTHROTTLED, CommandStatus.ESME_RTHROTTLED, CommandStatus.ESME_RMSGQFUL, CommandStatus.ESME_ROK);
        assertThat(test.smsc.messagesTo(sms.to().msisdn())).hasSize(1);
        assertThat(gateway.stats().throttled()).isEqualTo(3);
        assertThat(gateway.stats().ratePerSecond()).as("halved once a second, however many say so").isEqualTo(50.0);
    }

    @Test
    void throttlingIsWaitedOutHoweverOftenNotCountedAgainstTries() throws Exception {
        start(test.settings("rate=1000&tries=2&retry-backoff=10ms"));
        test.smsc.throttleNext(4).rejectNextWith(CommandStatus.ESME_RMSGQFUL, 2);
        SmsRequest sms = test.sms("six times patient");

        gateway.submit(sms, outcomes);

        assertThat(outcomes.await(sms.smsId(), WAIT).kind()).isEqualTo(SmppOutcomes.Kind.SUBMITTED);
        assertThat(test.smsc.pdusTo(sms.to().msisdn())).hasSize(7);
        assertThat(test.smsc.messagesTo(sms.to().msisdn())).hasSize(1);
    }

    @Test
    void aSegmentThrottledUntilLinkWaitIsOverFailsItsSms() throws Exception {
        start(test.settings("rate=1000&link-wait=300ms&retry-backoff=50ms"));
        assertThat(gateway.awaitBound(WAIT)).isTrue();
        test.smsc.throttleNext(1_000);
        SmsRequest sms = test.sms("never let through");

        gateway.submit(sms, outcomes);

        SmppOutcomes.Outcome outcome = outcomes.await(sms.smsId(), WAIT);
        assertThat(outcome.kind()).isEqualTo(SmppOutcomes.Kind.FAILED);
        assertThat(outcome.reason()).startsWith("ESME_RTHROTTLED 0x00000058 for link-wait 300 ms, ");
        assertThat(test.smsc.pdusTo(sms.to().msisdn())).as("submitted again while link-wait lasted").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aTemporaryErrorIsRetriedAtMostTriesTimesThenTheSmsFails() throws Exception {
        start(test.settings("tries=3"));
        test.smsc.rejectNextWith(CommandStatus.ESME_RSYSERR, 2);
        SmsRequest recovers = test.sms("second time lucky");
        gateway.submit(recovers, outcomes);
        assertThat(outcomes.await(recovers.smsId(), WAIT).kind()).isEqualTo(SmppOutcomes.Kind.SUBMITTED);

        test.smsc.rejectNextWith(CommandStatus.ESME_RSYSERR, 3);
        SmsRequest givenUp = test.sms("never lucky");
        gateway.submit(givenUp, outcomes);

        SmppOutcomes.Outcome outcome = outcomes.await(givenUp.smsId(), WAIT);
        assertThat(outcome.kind()).isEqualTo(SmppOutcomes.Kind.FAILED);
        assertThat(outcome.reason()).isEqualTo("ESME_RSYSERR 0x00000008, 3 times");
        assertThat(test.smsc.pdusTo(givenUp.to().msisdn())).hasSize(3);
    }

    @Test
    void underTheSmscsThroughputLimitTheGatewaySlowsDownAndEverySmsArrivesExactlyOnce() throws Exception {
        start(test.settings("tries=10"));
        test.smsc.limitThroughput(20, ThrottleScope.SERVER);
        List<String> ids = submitAll(60);

        Map<String, SmppOutcomes.Outcome> done = outcomes.awaitAll(ids, WAIT.multipliedBy(3));

        assertThat(done.values()).extracting(SmppOutcomes.Outcome::kind).containsOnly(SmppOutcomes.Kind.SUBMITTED);
        assertThat(test.smsc.allMessages()).hasSize(60);
        assertThat(test.smsc.destinations()).hasSize(60).allSatisfy(number -> {
            assertThat(test.smsc.messagesTo(number)).hasSize(1);
            assertThat(test.smsc.pdusTo(number)).filteredOn(ReceivedPdu::accepted).hasSize(1);
        });
        SmscStats stats = gateway.stats();
        assertThat(stats.throttled()).isPositive();
        assertThat(stats.ratePerSecond()).as("the rate in force after throttling").isLessThan(30);
        ids.forEach(id -> assertThat(outcomes.count(id)).isEqualTo(1));
    }

    @Test
    void aWrongPasswordFailsEveryBindWithItsReasonAndIsTriedAgainAfterAGrowingBackOff() throws Exception {
        long started = System.nanoTime();
        start(test.settings("wrong", "rebind-min=100ms&rebind-max=400ms&link-wait=300ms"));

        SmppAwait.until(WAIT, () -> test.smsc.binds().size() >= 4, "four bind attempts");

        assertThat((System.nanoTime() - started) / 1_000_000).as("ms for 4 attempts: waits of 100, 200, 400").isGreaterThanOrEqualTo(700);
        assertThat(test.smsc.binds()).extracting(ReceivedBind::commandStatus).containsOnly(CommandStatus.ESME_RINVPASWD);
        assertThat(gateway.stats().lastLinkError()).isEqualTo("bind refused with ESME_RINVPASWD 0x0000000E");
        SmsRequest sms = test.sms("never bound");
        gateway.submit(sms, outcomes);
        SmppOutcomes.Outcome outcome = outcomes.await(sms.smsId(), WAIT);
        assertThat(outcome.kind()).isEqualTo(SmppOutcomes.Kind.FAILED);
        assertThat(outcome.reason()).isEqualTo("no bind to the SMSC within link-wait 300 ms (bind refused with ESME_RINVPASWD 0x0000000E)");
    }

    /** Once the gateway knows the link is down; an SMS sent into a link that broke unnoticed is uncertain (below). */
    @Test
    void anSmsSubmittedWhileTheLinkIsKnownDownWaitsForTheRebindAndGoes() throws Exception {
        start(test.settings("rebind-min=300ms"));
        assertThat(gateway.awaitBound(WAIT)).isTrue();

        test.smsc.dropLink();
        SmppAwait.until(WAIT, () -> gateway.stats().link() == SmppLinkState.WAITING_TO_REBIND, "the gateway sees the link lost");
        SmsRequest sms = test.sms("after the break");
        gateway.submit(sms, outcomes);

        assertThat(outcomes.await(sms.smsId(), WAIT).kind()).isEqualTo(SmppOutcomes.Kind.SUBMITTED);
        assertThat(test.smsc.pdusTo(sms.to().msisdn())).hasSize(1);
    }

    @Test
    void aDroppedLinkMidStreamIsBoundAgainLaterSmsGoThroughAndNoneArrivesTwice() throws Exception {
        start(test.settings("rate=200"));
        List<String> before = submitAll(30);
        SmppAwait.until(WAIT, () -> test.smsc.allMessages().size() >= 10, "the stream under way");

        test.smsc.dropLink();
        List<String> after = submitAll(30);

        List<String> all = new ArrayList<>(before);
        all.addAll(after);
        Map<String, SmppOutcomes.Outcome> done = outcomes.awaitAll(all, WAIT.multipliedBy(2));
        all.forEach(id -> assertThat(outcomes.count(id)).as("outcomes of " + id).isEqualTo(1));
        assertThat(test.smsc.destinations()).allSatisfy(number ->
                assertThat(test.smsc.pdusTo(number)).filteredOn(ReceivedPdu::accepted).hasSizeLessThanOrEqualTo(1));
        assertThat(done.values()).filteredOn(o -> o.kind() == SmppOutcomes.Kind.FAILED).isEmpty();
        assertThat(after.subList(20, 30)).allSatisfy(id -> assertThat(done.get(id).kind()).isEqualTo(SmppOutcomes.Kind.SUBMITTED));
        assertThat(test.smsc.binds()).filteredOn(ReceivedBind::accepted).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aSubmitLeftUnansweredWhenTheLinkDropsIsUncertainAndNeverSentAgain() throws Exception {
        start(test.settings(""));
        assertThat(gateway.awaitBound(WAIT)).isTrue();
        test.smsc.stopAnswering();
        SmsRequest unanswered = test.sms("into the void");
        gateway.submit(unanswered, outcomes);
        SmppAwait.until(WAIT, () -> test.smsc.pdusTo(unanswered.to().msisdn()).size() == 1, "the submit_sm reached the SMSC");

        test.smsc.dropLink();
        test.smsc.resumeAnswering();

        SmppOutcomes.Outcome outcome = outcomes.await(unanswered.smsId(), WAIT);
        assertThat(outcome.kind()).isEqualTo(SmppOutcomes.Kind.UNCERTAIN);
        assertThat(outcome.reason()).isEqualTo("segment 1 of 1 was sent and got no submit_sm_resp");
        SmsRequest next = test.sms("the link is back");
        gateway.submit(next, outcomes);
        assertThat(outcomes.await(next.smsId(), WAIT).kind()).isEqualTo(SmppOutcomes.Kind.SUBMITTED);
        assertThat(test.smsc.pdusTo(unanswered.to().msisdn())).hasSize(1);
        assertThat(gateway.stats().uncertain()).isEqualTo(1);
    }
}
