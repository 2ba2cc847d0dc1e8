package loa.harness.voicebrowser;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import loa.harness.rtp.Eventually;
import loa.harness.sip.Sipp;
import loa.harness.sip.SippRun;
import loa.harness.voicebrowser.vxml.VoiceXmlInterpreter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 4's load bar for the voice browser: 500 simultaneous RFC 5552 calls (SIPp), each running
 * a real dialog (fetched over HTTP from WireMock) that streams a 5.6 s prompt as real-time RTP and
 * then hangs up with BYE. A plain UDP socket of the test takes every stream.
 */
class VoiceBrowserLoadTest {
    private static final Logger log = LoggerFactory.getLogger(VoiceBrowserLoadTest.class);
    private static final int CALLS = Integer.getInteger("loa.load.calls", 500);
    private static final String DIALOG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <vxml version="2.1" xmlns="http://www.w3.org/2001/vxml">
              <form><block>
                <prompt bargein="false"><audio src="/prompt.wav">Chúng tôi đã ghi nhận thông tin.</audio></prompt>
                <disconnect/>
              </block></form>
            </vxml>
            """;

    private final WireMockServer web = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").containerThreads(64));
    private final VoiceBrowser browser = new VoiceBrowser(new VoiceXmlInterpreter(), 0, CALLS + 100);
    private final AtomicLong packets = new AtomicLong();
    private final AtomicInteger peak = new AtomicInteger();
    private DatagramChannel sink;
    private Thread sinkReader;
    private Thread sampler;

    @BeforeEach
    void start() throws IOException {
        web.start();
        web.stubFor(get(urlPathEqualTo("/dialog.vxml")).willReturn(aResponse()
                .withHeader("Content-Type", "application/voicexml+xml;charset=UTF-8").withBody(DIALOG)));
        web.stubFor(get(urlPathEqualTo("/prompt.wav")).willReturn(aResponse().withHeader("Content-Type", "audio/wav")
                .withBody(Files.readAllBytes(Path.of("prompts/bluezone/recorded.wav")))));
        browser.start();
        sink = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        sink.socket().setReceiveBufferSize(8 << 20);
        sinkReader = new Thread(this::countPackets, "load-sink");
        sinkReader.start();
        sampler = new Thread(this::samplePeak, "load-sampler");
        sampler.start();
    }

    @AfterEach
    void stop() throws Exception {
        sampler.interrupt();
        browser.stop();
        web.stop();
        sink.close();
        sinkReader.join(1000);
    }

    @Test
    void holdsFiveHundredSimultaneousDialogsStreamingPrompts() throws Exception {
        String dialog = "http://127.0.0.1:" + web.port() + "/dialog.vxml";
        long cpuBefore = processCpuNanos();
        long wallBefore = System.nanoTime();

        SippRun sipp = Sipp.scenario("voice-browser-holds-calls-under-load.xml")
                .calling(browser.host(), browser.port()).calls(CALLS).rate(125, CALLS).timeout(ofSeconds(60))
                .key("rtp_port", String.valueOf(sink.socket().getLocalPort()))
                .key("dialog_url", URLEncoder.encode(dialog, StandardCharsets.UTF_8)).run();

        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        double wallSeconds = (System.nanoTime() - wallBefore) / 1e9;
        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
        assertThat(sipp.successfulCalls()).isEqualTo(CALLS);
        Eventually.within(ofSeconds(10), "every dialog to end", () -> browser.callIds().size() == CALLS
                && browser.callIds().stream().allMatch(id -> !browser.log(id).orElseThrow().details(CallLog.Kind.ENDED).isEmpty()));
        assertThat(browser.callIds()).allSatisfy(id -> assertThat(browser.log(id).orElseThrow().details(CallLog.Kind.ENDED))
                .containsExactly("disconnect"));
        assertThat(peak.get()).as("calls up at once").isGreaterThanOrEqualTo(CALLS * 9 / 10);
        assertThat(packets.get()).as("5.6 s of 20 ms packets a call").isGreaterThan(CALLS * 250L);
        log.info("{} dialogs ({} at once at the peak) streamed {} RTP packets in {} s; the browser's JVM used {} s of CPU "
                + "({} % of one core)", CALLS, peak.get(), packets.get(), String.format("%.1f", wallSeconds),
                String.format("%.1f", cpuSeconds), Math.round(100 * cpuSeconds / wallSeconds));
    }

    private void countPackets() {
        ByteBuffer buffer = ByteBuffer.allocate(2048);
        try {
            while (sink.isOpen()) {
                buffer.clear();
                sink.receive(buffer);
                packets.incrementAndGet();
            }
        } catch (IOException e) {
            // The test closed the sink.
        }
    }

    /** The most calls the browser had up at once, looked at every 50 ms. */
    private void samplePeak() {
        try {
            while (true) {
                peak.accumulateAndGet(browser.activeCalls(), Math::max);
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            // The test is over.
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
