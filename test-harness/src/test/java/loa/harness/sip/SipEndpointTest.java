package loa.harness.sip;

import loa.sip.Slf4jStackLogger;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JAIN-SIP wrapper against SIPp: real SIP over UDP on 127.0.0.1. */
class SipEndpointTest {
    private static final String ANSWER = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 9 RTP/AVP 8 101\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\n";

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final SipEndpoint endpoint = new SipEndpoint("test", 0, this::answeringCall);

    @AfterEach
    void stop() {
        endpoint.stop();
    }

    @Test
    void routesEachCallsEventsToItsHandlerOnOneCallThreadAtATime() throws Exception {
        endpoint.start();

        SippRun sipp = Sipp.scenario("caller-invites-with-sdp-and-hangs-up.xml").calling(endpoint.host(), endpoint.port())
                .service("84900000001").key("rtp_port", "9").holdFor(Duration.ofMillis(100)).calls(3).option("-l", "3").run();

        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
        assertThat(sipp.successfulCalls()).isEqualTo(3);
        assertThat(events).filteredOn(e -> e.startsWith("invite")).hasSize(3);
        assertThat(events).filteredOn(e -> e.startsWith("bye")).hasSize(3);
        assertThat(events).allMatch(e -> e.contains("test-sip-call-"));
        assertThat(endpoint.activeCalls()).isZero();
    }

    @Test
    void answersAByeForAnUnknownCallWith481() throws Exception {
        endpoint.start();

        SippRun sipp = Sipp.scenario("caller-bye-for-unknown-call-gets-481.xml").calling(endpoint.host(), endpoint.port())
                .service("84900000001").calls(1).run();

        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
    }

    @Test
    void answersOptionsWith200ListingWhatItTakes() throws Exception {
        endpoint.start();

        SippRun sipp = Sipp.scenario("caller-options-gets-200-with-allow.xml").calling(endpoint.host(), endpoint.port())
                .calls(1).run();

        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
    }

    @Test
    void logsThroughSlf4jAsLoaShipsNoLog4j() {
        endpoint.start();

        assertThat(gov.nist.core.CommonLogger.legacyLogger).isInstanceOf(Slf4jStackLogger.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Class.forName("org.apache.log4j.Logger"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void leavesNoThreadBehindOnceStopped() throws Exception {
        java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
        endpoint.start();
        Sipp.scenario("caller-invites-with-sdp-and-hangs-up.xml").calling(endpoint.host(), endpoint.port())
                .service("84900000001").key("rtp_port", "9").holdFor(Duration.ofMillis(10)).calls(1).run();

        endpoint.stop();

        loa.harness.rtp.Eventually.within(Duration.ofSeconds(5), "the endpoint's threads to end",
                () -> Thread.getAllStackTraces().keySet().stream().allMatch(before::contains));
    }

    @Test
    void takesAnEphemeralPortAndGivesItBackWhenStopped() throws Exception {
        endpoint.start();
        int port = endpoint.port();
        assertThat(port).isPositive();
        assertThat(endpoint.uri()).isEqualTo("sip:127.0.0.1:" + port);

        endpoint.stop();

        try (DatagramSocket again = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    private SipCallHandler answeringCall(ServerCall call) {
        return new SipCallHandler() {
            @Override
            public void onInvite() {
                events.add("invite " + call.requestUser() + " on " + Thread.currentThread().getName());
                call.ring();
                call.answer(ANSWER);
            }

            @Override
            public void onAck(Optional<String> sdp) {
                events.add("ack on " + Thread.currentThread().getName());
            }

            @Override
            public void onBye() {
                events.add("bye on " + Thread.currentThread().getName());
                call.end();
            }
        };
    }
}
