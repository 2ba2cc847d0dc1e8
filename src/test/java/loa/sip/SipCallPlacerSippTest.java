package loa.sip;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import loa.campaign.CallOutcome;
import loa.campaign.CallRequest;
import loa.campaign.PhoneNumber;
import loa.harness.rtp.Eventually;
import loa.harness.sip.Sipp;
import loa.harness.sip.SippRun;
import loa.harness.voicebrowser.VoiceBrowser;
import loa.sip.RecordedCallEvents.Ended;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The placer's edge cases, with SIPp playing the subscriber behind the trunk or the voice browser
 * where the simulators cannot misbehave that way: real SIP over UDP on 127.0.0.1.
 */
class SipCallPlacerSippTest {
    private static final PhoneNumber NUMBER = PhoneNumber.parse("0901234561");
    private static final String DIALOG = "http://127.0.0.1:9/vxml/test?call=";
    /** Short, so the deadline (ring time-out + longest call + 10 s) comes 12 s after the call is placed. */
    private static final Duration RING = ofSeconds(1);
    private static final Duration LONGEST = ofSeconds(1);
    private static final Duration PAST_THE_DEADLINE = ofSeconds(20);

    private static VoiceBrowser browser;
    private final List<SipCallPlacer> placers = new ArrayList<>();

    @BeforeAll
    static void startTheBrowser() {
        browser = new VoiceBrowser((uri, session, media, log) -> media.disconnect());
        browser.start();
    }

    @AfterAll
    static void stopTheBrowser() {
        browser.stop();
    }

    @AfterEach
    void stopThePlacers() {
        placers.forEach(SipCallPlacer::stop);
    }

    @Test
    void a480WithQ850Cause34IsCongestionAndUnreachable() throws Exception {
        SippRun subscriber = subscriber("subscriber-unreachable-480-q850-cause-34.xml");

        RecordedCallEvents events = place("cause-34", subscriber.port(), browser.port(), ofSeconds(5), ofSeconds(20));

        assertThat(events.endedWithin(ofSeconds(5))).isEqualTo(new Ended(CallOutcome.UNREACHABLE, 480));
        assertThat(events.events).containsExactly("congestion 480", "ended UNREACHABLE 480");
        assertSucceeded(subscriber);
    }

    @Test
    void theVoiceBrowserRefusingIsCongestionAndTheSubscriberIsHungUp() throws Exception {
        SippRun subscriber = subscriber("subscriber-answers-and-is-hung-up-with-its-offer-refused.xml");
        SippRun refusing = voiceBrowser("voice-browser-refuses-503.xml");

        RecordedCallEvents events = place("browser-503", subscriber.port(), refusing.port(), ofSeconds(5), ofSeconds(20));

        assertThat(events.endedWithin(ofSeconds(5))).isEqualTo(new Ended(CallOutcome.FAILED, 503));
        assertThat(events.events).containsExactly("ringing", "congestion 503", "ended FAILED 503");
        assertSucceeded(subscriber);
        assertSucceeded(refusing);
    }

    @Test
    void aVoiceBrowserThatNeverAnswersIsCancelledAtTheDeadlineAndTheSubscriberHungUp() throws Exception {
        SippRun subscriber = subscriber("subscriber-answers-and-is-hung-up-with-its-offer-refused.xml");
        SippRun silent = voiceBrowser("voice-browser-never-answers-until-cancelled-487.xml");

        RecordedCallEvents events = place("deadline-ringing", subscriber.port(), silent.port(), RING, LONGEST);

        assertThat(events.endedWithin(PAST_THE_DEADLINE)).isEqualTo(new Ended(CallOutcome.FAILED, 0));
        assertThat(events.events).containsExactly("ringing", "ended FAILED 0");
        assertSucceeded(subscriber);
        assertSucceeded(silent);
    }

    @Test
    void aVoiceBrowserThatSendsNothingEndsTheCallFailedAtTheDeadline() throws Exception {
        SippRun subscriber = subscriber("subscriber-answers-and-is-hung-up-with-its-offer-refused.xml");

        RecordedCallEvents events = place("deadline-silent", subscriber.port(), Sipp.freeUdpPort(), RING, LONGEST);

        assertThat(events.endedWithin(PAST_THE_DEADLINE)).isEqualTo(new Ended(CallOutcome.FAILED, 0));
        assertThat(events.events).containsExactly("ringing", "ended FAILED 0");
        assertSucceeded(subscriber);
    }

    @Test
    void earlyMediaThenRingingRingsOnceAndTheOfferRelayedIsThe200s() throws Exception {
        SippRun subscriber = subscriber("subscriber-early-media-183-then-180-then-answers.xml");
        SippRun answering = Sipp.scenario("voice-browser-answers-rfc5552-invite-and-waits-for-bye.xml").answering()
                .calls(1).key("rtp_port", "9").start();

        RecordedCallEvents events = place("early-media", subscriber.port(), answering.port(), ofSeconds(5), LONGEST);

        assertThat(events.endedWithin(ofSeconds(10))).isEqualTo(new Ended(CallOutcome.ANSWERED, 200));
        assertThat(events.events).containsExactly("ringing", "answered", "ended ANSWERED 200");
        assertSucceeded(subscriber);
        assertSucceeded(answering);
        assertThat(answering.messages()).contains("s=subscriber offer in the 200").doesNotContain("s=early media");
    }

    @Test
    void a200CrossingOurCancelAtTheRingTimeOutIsTakenAndTheCallGoesOn() throws Exception {
        assertAnsweredOnceAndTheBrowsersByeRelayed("subscriber-answers-as-our-cancel-crosses-its-200.xml", RING);
    }

    @Test
    @org.junit.jupiter.api.Disabled("the SIPp scenario races the caller's ACK against its second 200 and fails about one run "
            + "in two whatever loa does; to be rewritten so the second 200 waits for nothing")
    void aRetransmitted200IsOneAnswer() throws Exception {
        assertAnsweredOnceAndTheBrowsersByeRelayed("subscriber-answers-and-sends-its-200-twice.xml", ofSeconds(5));
    }

    @Test
    void stoppingWhileTheVoiceBrowserRingsCancelsItAndReleasesTheSubscriber() throws Exception {
        SippRun subscriber = subscriber("subscriber-answers-and-is-hung-up-with-its-offer-refused.xml");
        SippRun ringing = voiceBrowser("voice-browser-never-answers-until-cancelled-487.xml");
        RecordedCallEvents events = place("stop-awaiting-browser", subscriber.port(), ringing.port(), ofSeconds(30),
                ofSeconds(30));
        Eventually.within(ofSeconds(5), "the voice browser's 100 Trying", () -> ringing.messages().contains("100 Trying"));

        placers.get(0).stop();

        assertThat(events.events).containsExactly("ringing", "ended FAILED 0");
        assertSucceeded(subscriber);
        assertSucceeded(ringing);
    }

    /** The simulated voice browser hangs up at once; SIPp, the subscriber, checks the answer in its ACK and the BYE. */
    private void assertAnsweredOnceAndTheBrowsersByeRelayed(String scenario, Duration ring) throws Exception {
        SippRun subscriber = subscriber(scenario);

        RecordedCallEvents events = place(scenario, subscriber.port(), browser.port(), ring, ofSeconds(20));

        assertThat(events.endedWithin(ofSeconds(10))).isEqualTo(new Ended(CallOutcome.ANSWERED, 200));
        assertThat(events.events).containsExactly("ringing", "answered", "ended ANSWERED 200");
        assertSucceeded(subscriber);
    }

    private static SippRun subscriber(String scenario) throws Exception {
        return Sipp.scenario(scenario).answering().calls(1).timeout(ofSeconds(30)).start();
    }

    private static SippRun voiceBrowser(String scenario) throws Exception {
        return Sipp.scenario(scenario).answering().calls(1).timeout(ofSeconds(30)).start();
    }

    private static void assertSucceeded(SippRun sipp) throws InterruptedException {
        assertThat(sipp.await().exitCode()).as(sipp.diagnostics()).isZero();
    }

    private RecordedCallEvents place(String callId, int trunkPort, int browserPort, Duration ring, Duration longest)
            throws Exception {
        SipCallPlacer placer = new SipCallPlacer("127.0.0.1", 0, "127.0.0.1", trunkPort, "127.0.0.1", browserPort);
        placers.add(placer);
        placer.start();
        RecordedCallEvents events = new RecordedCallEvents();
        placer.place(new CallRequest(callId, NUMBER, "090", DIALOG + callId, ring, longest), events);
        return events;
    }
}
