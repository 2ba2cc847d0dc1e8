package loa.smsworker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import loa.campaign.PhoneNumber;
import loa.campaign.SmsEvents;
import loa.campaign.SmsGateway;
import loa.campaign.SmsRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When the worker texts, and that it texts once: the events come from the real records (the
 * dialog's answer, the launcher's settlement) in a real Redis; the gateway is a stand-in that
 * accepts at once (the SMPP side is tested against the harness's SMSC).
 */
class SmsWorkerTest extends BluezoneInRedis {
    static final Duration WITHIN = Duration.ofSeconds(1);

    final Gateway gateway = new Gateway();
    final List<SmsWorker> workers = new ArrayList<>();

    @AfterEach
    void stopWorkers() throws InterruptedException {
        for (SmsWorker worker : workers) worker.stop();
    }

    @Test
    void theSmsGoesWithinASecondOfTheLaterOfAgreementAndTheCallsEnd() throws Exception {
        PhoneNumber answerFirst = PhoneNumber.parse("0912000001");
        PhoneNumber endFirst = PhoneNumber.parse("0912000002");
        startWorker();
        RecordedCalls.Call one = call(answerFirst);
        RecordedCalls.Call two = call(endFirst);

        one.agree();
        two.end();
        assertThat(gateway.sent).isEmpty();
        long agreedLast = System.nanoTime();
        two.agree();
        await(() -> gateway.sent.containsKey(endFirst));
        long endedLast = System.nanoTime();
        one.end();
        await(() -> gateway.sent.containsKey(answerFirst));

        assertThat(Duration.ofNanos(gateway.at.get(endFirst) - agreedLast)).isLessThan(WITHIN);
        assertThat(Duration.ofNanos(gateway.at.get(answerFirst) - endedLast)).isLessThan(WITHIN);
        SmsRequest sms = gateway.requests.get(0);
        assertThat(sms.sender()).isEqualTo("MOBIFONE.AI");
        assertThat(sms.text()).isEqualTo(campaign.sms().text());
    }

    @Test
    void aWorkerThatWasDownCatchesUpAndTwoWorkersTextEachSubscriberOnce() throws Exception {
        List<PhoneNumber> agreed = calls().agreedAndDeclined(912_100_000, 200);

        startWorker();
        startWorker();
        await(() -> gateway.requests.size() >= agreed.size());

        assertThat(gateway.sent.keySet()).containsExactlyInAnyOrderElementsOf(agreed);
        assertThat(gateway.requests).hasSize(agreed.size());
        assertThat(store.smsLedger(campaign.id()).counters()).containsEntry("sms-claimed", (long) agreed.size())
                .containsEntry("sms-submitted", (long) agreed.size());
        String events = "loa:{" + campaign.id() + "}:events";
        assertThat(redis.client().xlen(events)).isGreaterThanOrEqualTo(400); // 200 answers and 200 ends
        await(() -> redis.client().xpending(events, SmsWorker.GROUP).getTotal() == 0);
        store.eventFeed(campaign.id()).trimHandled(SmsWorker.GROUP);
        assertThat(redis.client().xlen(events)).isLessThan(200); // trimmed by whole internal nodes: not to zero
    }

    @Test
    void anUncertainSmsIsReportedAndNotSentAgain() throws Exception {
        PhoneNumber number = PhoneNumber.parse("0912000003");
        gateway.uncertain = true;
        startWorker();
        RecordedCalls.Call call = call(number);
        call.agree();
        call.end();
        await(() -> store.smsLedger(campaign.id()).counters().getOrDefault("sms-uncertain", 0L) == 1L);

        SmsWorker restarted = startWorker(); // a second reading of the same events changes nothing
        assertThat(restarted.instance()).isNotEqualTo(workers.get(0).instance());
        assertThat(gateway.requests).hasSize(1);
        assertThat(store.smsLedger(campaign.id()).recordOf(number)).startsWith("uncertain|");
    }

    private SmsWorker startWorker() {
        SmsWorker worker = new SmsWorker(campaign, store.eventFeed(campaign.id()), store.smsLedger(campaign.id()), gateway,
                Clock.systemUTC());
        worker.start();
        workers.add(worker);
        return worker;
    }

    private static RecordedCalls.Call call(PhoneNumber number) {
        return calls().call(number);
    }

    private static RecordedCalls calls() {
        return new RecordedCalls(store, campaign.id());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not true within 10 s");
            Thread.sleep(10);
        }
    }

    /** Accepts every SMS at once (or leaves it uncertain), and remembers when. */
    static final class Gateway implements SmsGateway {
        final List<SmsRequest> requests = new CopyOnWriteArrayList<>();
        final Map<PhoneNumber, String> sent = new ConcurrentHashMap<>();
        final Map<PhoneNumber, Long> at = new ConcurrentHashMap<>();
        volatile boolean uncertain;

        @Override
        public void submit(SmsRequest sms, SmsEvents events) {
            at.put(sms.to(), System.nanoTime());
            requests.add(sms);
            sent.put(sms.to(), sms.smsId());
            if (uncertain) events.onUncertain(sms.smsId(), "no submit_sm_resp before the link broke");
            else events.onSubmitted(sms.smsId(), List.of(sms.smsId() + "-1", sms.smsId() + "-2"));
        }
    }
}
