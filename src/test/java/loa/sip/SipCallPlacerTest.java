package loa.sip;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import loa.campaign.CallEvents;
import loa.campaign.CallOutcome;
import loa.campaign.CallRequest;
import loa.campaign.PhoneNumber;
import loa.harness.subscribers.CallRecord;
import loa.harness.subscribers.SubscriberOutcome;
import loa.harness.subscribers.Subscribers;
import loa.harness.voicebrowser.CallLog;
import loa.harness.voicebrowser.DialogRunner;
import loa.harness.voicebrowser.HangUpException;
import loa.harness.voicebrowser.VoiceBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SIP call placer against the simulated trunk and voice browser, real SIP and RTP over UDP on 127.0.0.1. */
class SipCallPlacerTest {
    private static final String DIALOG = "http://127.0.0.1:9/vxml/test?call=";
    /** Plays 1 s of silence, then disconnects; a dialog URL containing "endless" plays on until hung up. */
    private static final DialogRunner STUB = (uri, session, media, log) -> {
        try {
            boolean endless = uri.toString().contains("endless");
            media.play(null, endless ? ofSeconds(60) : ofSeconds(1), false);
            log.add(CallLog.Kind.ENDED, "disconnect");
            media.disconnect();
        } catch (HangUpException e) {
            log.add(CallLog.Kind.ENDED, "hangup");
        }
    };

    private static Subscribers subscribers;
    private static VoiceBrowser browser;
    private static SipCallPlacer placer;

    @BeforeAll
    static void start() throws Exception {
        subscribers = new Subscribers(7);
        subscribers.start();
        browser = new VoiceBrowser(STUB);
        browser.start();
        placer = new SipCallPlacer("127.0.0.1", 0, "127.0.0.1", subscribers.port(), "127.0.0.1", browser.port());
        placer.start();
    }

    @AfterAll
    static void stop() {
        placer.stop();
        browser.stop();
        subscribers.stop();
    }

    @Test
    void anAnsweredCallRunsTheDialogAndEndsAnswered() throws Exception {
        PhoneNumber number = PhoneNumber.parse("0901234561");
        subscribers.number(number.msisdn()).answersAfter(ofMillis(300));
        Events events = place("answered", number, ofSeconds(5), ofSeconds(20));

        assertThat(events.answered.get(5, TimeUnit.SECONDS)).isEqualTo("answered");
        assertThat(events.ended.get(5, TimeUnit.SECONDS)).isEqualTo(new Ended(CallOutcome.ANSWERED, 200));
        CallRecord heard = endedRecordOf(number);
        assertThat(heard.offerInInvite()).isFalse();
        assertThat(heard.audioReceived()).isGreaterThan(ofMillis(500));
        assertThat(heard.hungUpBy()).isEqualTo(CallRecord.HungUpBy.CALLER);
        assertThat(browserLog("answered").details(CallLog.Kind.ENDED)).containsExactly("disconnect");
        events.assertEndedOnce();
    }

    @Test
    void busyIsBusy() throws Exception {
        assertRefusal("0901234562", 486, CallOutcome.BUSY);
    }

    @Test
    void temporarilyUnavailableIsUnreachable() throws Exception {
        assertRefusal("0901234563", 480, CallOutcome.UNREACHABLE);
    }

    @Test
    void notFoundIsAnInvalidNumber() throws Exception {
        assertRefusal("0901234564", 404, CallOutcome.INVALID_NUMBER);
    }

    @Test
    void ringingPastTheRingTimeoutIsCancelledAsNoAnswer() throws Exception {
        PhoneNumber number = PhoneNumber.parse("0901234565");
        subscribers.number(number.msisdn()).ringsForever();
        Events events = place("rings", number, ofSeconds(1), ofSeconds(20));

        assertThat(events.ended.get(5, TimeUnit.SECONDS)).isEqualTo(new Ended(CallOutcome.NO_ANSWER, 487));
        assertThat(endedRecordOf(number).outcome()).isEqualTo(SubscriberOutcome.CANCELLED);
        assertThat(events.answered).isNotDone();
        events.assertEndedOnce();
    }

    @Test
    void theSubscriberHangingUpEndsTheBrowsersCall() throws Exception {
        PhoneNumber number = PhoneNumber.parse("0901234566");
        subscribers.number(number.msisdn()).answersAfter(ofMillis(100)).thenHangsUpAfter(ofMillis(700));
        Events events = place("hangs-up-endless", number, ofSeconds(5), ofSeconds(20));

        assertThat(events.answered.get(5, TimeUnit.SECONDS)).isEqualTo("hangs-up-endless");
        assertThat(events.ended.get(5, TimeUnit.SECONDS)).isEqualTo(new Ended(CallOutcome.ANSWERED, 200));
        assertThat(endedRecordOf(number).hungUpBy()).isEqualTo(CallRecord.HungUpBy.SUBSCRIBER);
        await(() -> browserLog("hangs-up-endless").details(CallLog.Kind.ENDED).contains("hangup"));
        events.assertEndedOnce();
    }

    @Test
    void theLongestCallIsHungUpOnBothLegs() throws Exception {
        PhoneNumber number = PhoneNumber.parse("0901234567");
        subscribers.number(number.msisdn()).answersAfter(ofMillis(100));
        Events events = place("max-endless", number, ofSeconds(5), ofSeconds(1));

        assertThat(events.answered.get(5, TimeUnit.SECONDS)).isEqualTo("max-endless");
        assertThat(events.ended.get(5, TimeUnit.SECONDS)).isEqualTo(new Ended(CallOutcome.ANSWERED, 200));
        assertThat(endedRecordOf(number).hungUpBy()).isEqualTo(CallRecord.HungUpBy.CALLER);
        await(() -> browserLog("max-endless").details(CallLog.Kind.ENDED).contains("hangup"));
        events.assertEndedOnce();
    }

    private void assertRefusal(String raw, int status, CallOutcome outcome) throws Exception {
        PhoneNumber number = PhoneNumber.parse(raw);
        subscribers.number(number.msisdn()).rejectsWith(status);
        Events events = place("refused-" + status, number, ofSeconds(5), ofSeconds(20));

        assertThat(events.ended.get(5, TimeUnit.SECONDS)).isEqualTo(new Ended(outcome, status));
        assertThat(events.answered).isNotDone();
        events.assertEndedOnce();
    }

    private static Events place(String callId, PhoneNumber number, Duration ring, Duration max) {
        Events events = new Events();
        placer.place(new CallRequest(callId, number, "090", DIALOG + callId, ring, max), events);
        return events;
    }

    private static CallRecord endedRecordOf(PhoneNumber number) throws InterruptedException {
        await(() -> subscribers.callsTo(number.msisdn()).stream().anyMatch(CallRecord::isEnded));
        assertThat(subscribers.callsTo(number.msisdn())).hasSize(1);
        return subscribers.callsTo(number.msisdn()).get(0);
    }

    private static CallLog browserLog(String callId) {
        return browser.callIds().stream().filter(id -> id.startsWith(callId + ".browser.")).findFirst()
                .flatMap(browser::log).orElseThrow(() -> new AssertionError("the browser never saw " + callId));
    }

    /** For the simulators' records, which change a moment after our events: polls until a deadline. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not true within 5 s");
            Thread.sleep(20);
        }
    }

    record Ended(CallOutcome outcome, int status) {
    }

    static final class Events implements CallEvents {
        final CompletableFuture<String> answered = new CompletableFuture<>();
        final CompletableFuture<Ended> ended = new CompletableFuture<>();
        final AtomicInteger endings = new AtomicInteger();

        @Override
        public void onAnswered(String callId) {
            answered.complete(callId);
        }

        @Override
        public void onEnded(String callId, CallOutcome outcome, int sipStatus) {
            endings.incrementAndGet();
            ended.complete(new Ended(outcome, sipStatus));
        }

        void assertEndedOnce() {
            assertThat(endings).hasValue(1);
        }
    }
}
