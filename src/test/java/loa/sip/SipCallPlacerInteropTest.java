package loa.sip;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import loa.campaign.CallOutcome;
import loa.campaign.CallRequest;
import loa.campaign.PhoneNumber;
import loa.harness.sip.Sipp;
import loa.harness.sip.SippRun;
import loa.sip.RecordedCallEvents.Ended;
import org.junit.jupiter.api.Test;

/**
 * Interop with SIPp (issue 5): loa's placer joins a SIPp subscriber to a SIPp voice browser by
 * RFC 3725 flow I, and each SIPp checks what it receives; the voice browser's media address is a
 * socket of this test, so the subscriber's key press is seen to flow straight to it.
 */
class SipCallPlacerInteropTest {
    /** Debian's sip-tester ships it: digit 1 as RFC 4733 events, payload type 101. */
    private static final Path DTMF_1 = Path.of("/usr/share/sip-tester/dtmf_2833_1.pcap");
    /** As DialogLinks signs them: a query whose ?, &, =, / and % must all be URL-encoded in the Request-URI. */
    private static final String DIALOG = "http://127.0.0.1:8080/vxml/bluezone?call=interop&exp=1700000000&sig=ab%2Fc-d_e";
    private static final int TELEPHONE_EVENT = 101;

    @Test
    void sippSubscriberAndSippVoiceBrowserAreJoinedByFlowIAndTheByeIsRelayed() throws Exception {
        assertThat(DTMF_1).as("sip-tester's RFC 4733 pcap (apt-get install sip-tester)").isRegularFile();
        try (DatagramSocket browserMedia = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            SippRun subscriber = Sipp.scenario("subscriber-answers-offer-in-200-presses-1-and-hangs-up.xml").answering()
                    .calls(1).file("dtmf-1.pcap", DTMF_1).start();
            SippRun browser = Sipp.scenario("voice-browser-answers-rfc5552-invite-and-waits-for-bye.xml").answering()
                    .calls(1).key("rtp_port", String.valueOf(browserMedia.getLocalPort())).start();
            SipCallPlacer placer = new SipCallPlacer("127.0.0.1", 0, "127.0.0.1", subscriber.port(), "127.0.0.1", browser.port());
            placer.start();
            try {
                RecordedCallEvents events = new RecordedCallEvents();
                placer.place(new CallRequest("interop", PhoneNumber.parse("0901234561"), "090", DIALOG, ofSeconds(5),
                        ofSeconds(30)), events);

                assertThat(keyPressedOn(browserMedia, ofSeconds(10))).isEqualTo(1);
                assertThat(events.endedWithin(ofSeconds(10))).isEqualTo(new Ended(CallOutcome.ANSWERED, 200));
                assertThat(events.events).containsExactly("ringing", "answered", "ended ANSWERED 200");
            } finally {
                placer.stop();
            }
            assertThat(subscriber.await().exitCode()).as(subscriber.diagnostics()).isZero();
            assertThat(browser.await().exitCode()).as(browser.diagnostics()).isZero();
            assertThat(browser.messages()).contains("INVITE sip:dialog@127.0.0.1:" + browser.port() + ";voicexml="
                    + URLEncoder.encode(DIALOG, StandardCharsets.UTF_8) + " SIP/2.0");
            assertThat(browser.messages()).as("the subscriber's offer, relayed")
                    .contains(sdpLine(subscriber.messages(), "m=audio \\d+ RTP/AVP 8 0 101")).contains("s=subscriber offer in the 200");
            assertThat(subscriber.messages()).as("the voice browser's answer, relayed in the ACK")
                    .contains("m=audio " + browserMedia.getLocalPort() + " RTP/AVP 8 101");
            assertThat(browser.messages()).as("the subscriber's BYE, relayed").contains("BYE sip:dialog@");
        }
    }

    /** The RFC 4733 event in the first telephone-event packet received, or -1 when none came within {@code limit}. */
    private static int keyPressedOn(DatagramSocket media, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        byte[] buffer = new byte[1500];
        while (System.nanoTime() < deadline) {
            media.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                media.receive(packet);
            } catch (SocketTimeoutException e) {
                break;
            }
            if (packet.getLength() >= 16 && (buffer[1] & 0x7f) == TELEPHONE_EVENT) return buffer[12];
        }
        return -1;
    }

    private static String sdpLine(String messages, String regex) {
        Matcher line = Pattern.compile(regex).matcher(messages);
        assertThat(line.find()).as("a line " + regex + " in " + messages).isTrue();
        return line.group();
    }
}
