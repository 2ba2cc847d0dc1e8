package loa.harness.subscribers;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import loa.harness.rtp.Eventually;
import loa.harness.rtp.RtpProbe;
import loa.harness.sip.Sipp;
import loa.harness.sip.SippRun;
import loa.harness.subscribers.CallRecord.HungUpBy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The subscribers against SIPp as the caller, with an independent RTP socket as the caller's media. */
class SubscribersTest {
    private static final Duration DEADLINE = ofSeconds(10);

    private final Subscribers subscribers = new Subscribers(42);
    private RtpProbe media;

    @BeforeEach
    void start() throws Exception {
        subscribers.start();
        media = new RtpProbe();
    }

    @AfterEach
    void stop() {
        subscribers.stop();
        media.close();
    }

    @Test
    void answersAnInviteWithoutSdpWithAnOfferAndTakesTheAnswerFromTheAck() throws Exception {
        subscribers.number("84900000001").answersAfter(ofMillis(200));

        SippRun sipp = call("subscriber-answers-offer-in-200-answer-in-ack.xml", "84900000001", ofMillis(1000));

        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
        assertThat(sipp.messages()).contains("SIP/2.0 180 Ringing").contains("a=rtpmap:8 PCMA/8000", "a=rtpmap:0 PCMU/8000");
        CallRecord call = ended("84900000001");
        assertThat(call.outcome()).isEqualTo(SubscriberOutcome.ANSWERED);
        assertThat(call.offerInInvite()).isFalse();
        assertThat(call.hungUpBy()).isEqualTo(HungUpBy.CALLER);
        assertThat(Duration.between(call.invitedAt(), call.answeredAt())).isBetween(ofMillis(190), ofMillis(700));
        assertThat(media.packets(8)).as("silence sent back to the address in the ACK's answer").hasSizeGreaterThan(30)
                .allSatisfy(p -> assertThat(p.payload()).hasSize(160).containsOnly((byte) 0xD5));
    }

    @Test
    void answersAnInviteWithSdpInThe200() throws Exception {
        subscribers.number("84900000002").answers();

        SippRun sipp = call("caller-invites-with-sdp-and-hangs-up.xml", "84900000002", ofMillis(300));

        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
        CallRecord call = ended("84900000002");
        assertThat(call.offerInInvite()).isTrue();
        assertThat(call.outcome()).isEqualTo(SubscriberOutcome.ANSWERED);
        assertThat(call.status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({"486, subscriber-busy-486.xml, BUSY", "480, subscriber-unreachable-480.xml, UNREACHABLE",
            "404, subscriber-invalid-404.xml, INVALID"})
    void refusesWithTheStatusItsBehaviourSays(int status, String scenario, SubscriberOutcome outcome) throws Exception {
        subscribers.number("84900000003").rejectsWith(status);

        SippRun sipp = call(scenario, "84900000003", ZERO);

        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
        assertThat(ended("84900000003").outcome()).isEqualTo(outcome);
        assertThat(ended("84900000003").status()).isEqualTo(status);
    }

    @Test
    void aNumberThatIsNotVietnameseIsNotFound() throws Exception {
        SippRun sipp = call("subscriber-invalid-404.xml", "0912345678", ZERO);

        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
    }

    @Test
    void ringsUntilCancelledAndThenAnswers487() throws Exception {
        subscribers.number("84900000004").ringsForever();

        SippRun sipp = call("subscriber-rings-until-cancelled-487.xml", "84900000004", ofMillis(500));

        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
        CallRecord call = ended("84900000004");
        assertThat(call.outcome()).isEqualTo(SubscriberOutcome.CANCELLED);
        assertThat(call.status()).isEqualTo(487);
        assertThat(call.answeredAt()).isNull();
    }

    @Test
    void hangsUpWithByeWhenItsScriptSays() throws Exception {
        subscribers.number("84900000005").answers().thenHangsUpAfter(ofMillis(500));

        SippRun sipp = call("subscriber-hangs-up-bye.xml", "84900000005", ZERO);

        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
        CallRecord call = ended("84900000005");
        assertThat(call.hungUpBy()).isEqualTo(HungUpBy.SUBSCRIBER);
        assertThat(Duration.between(call.answeredAt(), call.endedAt())).isBetween(ofMillis(450), ofMillis(1500));
    }

    @Test
    void sendsAKeyPressAsRfc4733EventsToTheAddressInTheAcksAnswer() throws Exception {
        subscribers.number("84900000006").answers().thenPresses('1').after(ofMillis(300));

        SippRun sipp = call("subscriber-answers-offer-in-200-answer-in-ack.xml", "84900000006", ofMillis(1500));

        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
        List<RtpProbe.Received> events = media.packets(101);
        assertThat(events).extracting(RtpProbe.Received::event).containsOnly(1);
        assertThat(events).extracting(RtpProbe.Received::timestamp).containsOnly(events.get(0).timestamp());
        assertThat(events.get(0).marker()).isTrue();
        assertThat(events).filteredOn(RtpProbe.Received::end).hasSize(3)
                .extracting(RtpProbe.Received::duration).containsOnly(events.get(events.size() - 1).duration());
        assertThat(events).extracting(RtpProbe.Received::duration).isSorted();
        assertThat(ended("84900000006").digitsSent()).containsExactly('1');
    }

    @Test
    void countsTheAudioItHearsAndPressesOnceItHasHeardTheInstruction() throws Exception {
        subscribers.number("84900000007").answers().thenPresses('2').afterHearing(ofMillis(600)).thenHangsUpAfter(ofMillis(1500));
        SippRun sipp = start("subscriber-hangs-up-bye.xml", "84900000007");
        Eventually.within(DEADLINE, "the subscriber's silence", () -> !media.packets(8).isEmpty());

        media.sendSilence(media.packets(8).get(0).from(), 50);

        Eventually.within(DEADLINE, "the key press", () -> !media.packets(101).isEmpty());
        assertThat(media.packets(101).get(0).event()).isEqualTo(2);
        CallRecord call = subscribers.callsTo("84900000007").get(0);
        assertThat(call.audioReceived()).isEqualTo(ofSeconds(1));
        assertThat(call.rtpPacketsReceived()).isEqualTo(50);
        assertThat(call.keysPressed()).isEqualTo("2");
        assertThat(sipp.await().exitCode()).as(sipp.diagnostics()).isZero();
    }

    @Test
    void rejectsTheFirstCallAndAnswersTheRetry() throws Exception {
        subscribers.number("84900000008").rejectsWith(486).thenAnswersAfter(ofMillis(100));

        SippRun first = call("subscriber-busy-486.xml", "84900000008", ZERO);
        SippRun retry = call("caller-invites-with-sdp-and-hangs-up.xml", "84900000008", ofMillis(200));

        assertThat(first.exitCode()).as(first.diagnostics()).isZero();
        assertThat(retry.exitCode()).as(retry.diagnostics()).isZero();
        assertThat(subscribers.callsTo("84900000008")).extracting(CallRecord::attempt, CallRecord::outcome)
                .containsExactly(tuple(1, SubscriberOutcome.BUSY), tuple(2, SubscriberOutcome.ANSWERED));
    }

    @Test
    void anUnscriptedNumberDoesWhatTheProfileAndTheSeedSay() throws Exception {
        for (int status : new int[] {486, 480, 404}) {
            String number = numberThatRejectsWith(status);
            String scenario = Map.of(486, "subscriber-busy-486.xml", 480, "subscriber-unreachable-480.xml",
                    404, "subscriber-invalid-404.xml").get(status);

            SippRun sipp = call(scenario, number, ZERO);

            assertThat(sipp.exitCode()).as(number + " " + sipp.diagnostics()).isZero();
            assertThat(ended(number).behaviour()).isEqualTo("rejects with " + status);
        }
    }

    private String numberThatRejectsWith(int status) {
        return java.util.stream.LongStream.range(84_912_000_000L, 84_913_000_000L).mapToObj(String::valueOf)
                .filter(n -> new Subscribers(42).behaviourOf(n, 0).equals(new Behaviour.Rejects(status)))
                .findFirst().orElseThrow();
    }

    private SippRun call(String scenario, String number, Duration hold) throws Exception {
        return sipp(scenario, number).holdFor(hold).run();
    }

    private SippRun start(String scenario, String number) throws Exception {
        return sipp(scenario, number).start();
    }

    private Sipp sipp(String scenario, String number) {
        return Sipp.scenario(scenario).calling(subscribers.host(), subscribers.port()).service(number)
                .key("rtp_port", String.valueOf(media.port())).calls(1).timeout(DEADLINE);
    }

    private CallRecord ended(String number) {
        Eventually.within(DEADLINE, "the call to " + number + " ends",
                () -> !subscribers.callsTo(number).isEmpty() && subscribers.callsTo(number).get(0).isEnded());
        return subscribers.callsTo(number).get(0);
    }
}
