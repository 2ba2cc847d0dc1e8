package loa.sip;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
import loa.sip.RecordedCallEvents.Ended;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        RecordedCallEvents events = place("answered", number, ofSeconds(5), ofSeconds(20));

        assertThat(events.answered.get(5, TimeUnit.SECONDS)).isEqualTo("answered");
        assertThat(events.ended.get(5, TimeUnit.SECONDS)).isEqualTo(new Ended(CallOutcome.ANSWERED, 200));
        assertThat(events.events).containsExactly("ringing", "answered", "ended ANSWERED 200");
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
    void aPlainTemporarilyUnavailableIsUnreachableAndNoCongestion() throws Exception {
        assertRefusal("0901234563", 480, CallOutcome.UNREACHABLE);
    }

    @Test
    void notFoundIsAnInvalidNumber() throws Exception {
        assertRefusal("0901234564", 404, CallOutcome.INVALID_NUMBER);
    }

    @Test
    void serviceUnavailableFromTheTrunkIsCongestionBeforeTheCallEndsFailed() throws Exception {
        PhoneNumber number = PhoneNumber.parse("0901234568");
        subscribers.number(number.msisdn()).rejectsWith(503);
        RecordedCallEvents events = place("refused-503", number, ofSeconds(5), ofSeconds(20));

        assertThat(events.ended.get(5, TimeUnit.SECONDS)).isEqualTo(new Ended(CallOutcome.FAILED, 503));
        assertThat(events.events).containsExactly("congestion 503", "ended FAILED 503");
    }

    @Test
    void aRedirectIsFailedAndNotFollowed() throws Exception {
        assertRefusal("0901234569", 302, CallOutcome.FAILED);
        assertThat(subscribers.callsTo("84901234569")).hasSize(1);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"600, BUSY, 0901234571", "603, BUSY, 0901234572", "604, INVALID_NUMBER, 0901234573",
            "607, REJECTED, 0901234574", "608, REJECTED, 0901234575"})
    void aGlobalFailureIsSortedAsSipOutcomesSays(int status, CallOutcome outcome, String number) throws Exception {
        assertRefusal(number, status, outcome);
    }

    @Test
    void ringingPastTheRingTimeoutIsCancelledAsNoAnswer() throws Exception {
        PhoneNumber number = PhoneNumber.parse("0901234565");
        subscribers.number(number.msisdn()).ringsForever();
        RecordedCallEvents events = place("rings", number, ofSeconds(1), ofSeconds(20));

        assertThat(events.ended.get(5, TimeUnit.SECONDS)).isEqualTo(new Ended(CallOutcome.NO_ANSWER, 487));
        assertThat(endedRecordOf(number).outcome()).isEqualTo(SubscriberOutcome.CANCELLED);
        assertThat(events.answered).isNotDone();
        events.assertEndedOnce();
    }

    @Test
    void theSubscriberHangingUpEndsTheBrowsersCall() throws Exception {
        PhoneNumber number = PhoneNumber.parse("0901234566");
        subscribers.number(number.msisdn()).answersAfter(ofMillis(100)).thenHangsUpAfter(ofMillis(700));
        RecordedCallEvents events = place("hangs-up-endless", number, ofSeconds(5), ofSeconds(20));

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
        RecordedCallEvents events = place("max-endless", number, ofSeconds(5), ofSeconds(1));

        assertThat(events.answered.get(5, TimeUnit.SECONDS)).isEqualTo("max-endless");
        assertThat(events.ended.get(5, TimeUnit.SECONDS)).isEqualTo(new Ended(CallOutcome.ANSWERED, 200));
        assertThat(endedRecordOf(number).hungUpBy()).isEqualTo(CallRecord.HungUpBy.CALLER);
        await(() -> browserLog("max-endless").details(CallLog.Kind.ENDED).contains("hangup"));
        events.assertEndedOnce();
    }

    @Test
    void stoppingHangsUpEveryCallStillUpAndEndsEachFailedOnceBeforeItReturns() throws Exception {
        PhoneNumber ringing = PhoneNumber.parse("0901234576");
        PhoneNumber talking = PhoneNumber.parse("0901234577");
        subscribers.number(ringing.msisdn()).ringsForever();
        subscribers.number(talking.msisdn()).answersAfter(ofMillis(100));
        SipCallPlacer stopping = new SipCallPlacer("127.0.0.1", 0, "127.0.0.1", subscribers.port(), "127.0.0.1", browser.port());
        stopping.start();
        RecordedCallEvents rings = place(stopping, "stop-rings", ringing, ofSeconds(30), ofSeconds(30));
        RecordedCallEvents talks = place(stopping, "stop-talks-endless", talking, ofSeconds(30), ofSeconds(30));
        talks.answered.get(5, TimeUnit.SECONDS);
        await(() -> rings.events.contains("ringing"));
        // The dialog is playing: the simulated browser may miss a BYE that comes as its playout starts.
        await(() -> subscribers.callsTo(talking.msisdn()).get(0).audioReceived().compareTo(ofMillis(100)) > 0);

        stopping.stop();

        assertThat(rings.events).containsExactly("ringing", "ended FAILED 0");
        assertThat(talks.events).containsExactly("ringing", "answered", "ended FAILED 0");
        assertThat(endedRecordOf(ringing).outcome()).isEqualTo(SubscriberOutcome.CANCELLED);
        assertThat(endedRecordOf(talking).hungUpBy()).isEqualTo(CallRecord.HungUpBy.CALLER);
        await(() -> browserLog("stop-talks-endless").details(CallLog.Kind.ENDED).contains("hangup"));
    }

    private void assertRefusal(String raw, int status, CallOutcome outcome) throws Exception {
        PhoneNumber number = PhoneNumber.parse(raw);
        subscribers.number(number.msisdn()).rejectsWith(status);
        RecordedCallEvents events = place("refused-" + status, number, ofSeconds(5), ofSeconds(20));

        assertThat(events.ended.get(5, TimeUnit.SECONDS)).isEqualTo(new Ended(outcome, status));
        assertThat(events.events).containsExactly("ended " + outcome + " " + status);
    }

    private static RecordedCallEvents place(String callId, PhoneNumber number, Duration ring, Duration max) {
        return place(placer, callId, number, ring, max);
    }

    private static RecordedCallEvents place(SipCallPlacer placer, String callId, PhoneNumber number, Duration ring,
                                            Duration max) {
        RecordedCallEvents events = new RecordedCallEvents();
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
}
