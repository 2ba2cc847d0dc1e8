package loa.harness.subscribers;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import loa.harness.rtp.Eventually;
import loa.harness.sip.Sipp;
import loa.harness.sip.SippRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 4's load bar: the subscribers hold 500 simultaneous answered calls with audio both ways
 * on this 2-core machine. SIPp places the calls and streams a prompt to every subscriber; a plain
 * UDP socket of the test takes the silence every subscriber sends back.
 */
class SubscribersLoadTest {
    private static final Logger log = LoggerFactory.getLogger(SubscribersLoadTest.class);
    private static final int CALLS = Integer.getInteger("loa.load.calls", 500);
    private static final Duration HOLD = ofSeconds(6);

    private final Subscribers subscribers = new Subscribers(1);
    private final Map<InetSocketAddress, AtomicLong> sentBack = new ConcurrentHashMap<>();
    private DatagramChannel sink;
    private Thread sinkReader;

    @BeforeEach
    void start() throws IOException {
        subscribers.start();
        sink = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        sink.socket().setReceiveBufferSize(4 << 20);
        sinkReader = new Thread(this::countSentBack, "load-sink");
        sinkReader.start();
    }

    @AfterEach
    void stop() throws Exception {
        subscribers.stop();
        sink.close();
        sinkReader.join(1000);
    }

    @Test
    void holdsFiveHundredSimultaneousAnsweredCallsWithAudioBothWays() throws Exception {
        List<String> numbers = IntStream.range(0, CALLS).mapToObj(i -> String.valueOf(84_950_000_000L + i)).toList();
        numbers.forEach(n -> subscribers.number(n).answers());
        long cpuBefore = processCpuNanos();
        long wallBefore = System.nanoTime();

        SippRun sipp = Sipp.scenario("subscribers-hold-calls-with-audio-both-ways.xml")
                .calling(subscribers.host(), subscribers.port()).option("-inf", injectionFile(numbers).toString())
                .calls(CALLS).rate(250, CALLS).holdFor(HOLD).timeout(ofSeconds(40))
                .key("sink_port", String.valueOf(sink.socket().getLocalPort()))
                .file("prompt.wav", Path.of("prompts/bluezone/recorded.wav")).run();

        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        double wallSeconds = (System.nanoTime() - wallBefore) / 1e9;
        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
        assertThat(sipp.successfulCalls()).isEqualTo(CALLS);
        Eventually.within(ofSeconds(10), "every call to end", () -> subscribers.calls().stream().allMatch(CallRecord::isEnded));
        List<CallRecord> calls = subscribers.calls();
        assertThat(calls).hasSize(CALLS).allMatch(c -> c.outcome() == SubscriberOutcome.ANSWERED);
        assertThat(lastAnswer(calls)).as("every call answered before the first ended").isBefore(firstEnd(calls));
        assertThat(calls).allSatisfy(c -> assertThat(c.audioReceived()).isGreaterThan(ofSeconds(3)));
        assertThat(sentBack).as("each subscriber's RTP stream reached the caller's media address").hasSize(CALLS);
        assertThat(sentBack.values()).allMatch(count -> count.get() > 150);
        log.info("{} simultaneous calls held {} s with audio both ways in {} s: the subscribers' JVM used {} s of CPU "
                + "({} % of one core), SIPp {} s", CALLS, HOLD.toSeconds(), String.format("%.1f", wallSeconds),
                String.format("%.1f", cpuSeconds), Math.round(100 * cpuSeconds / wallSeconds),
                String.format("%.1f", sipp.cpu().toMillis() / 1000.0));
    }

    private void countSentBack() {
        ByteBuffer buffer = ByteBuffer.allocate(2048);
        try {
            while (sink.isOpen()) {
                buffer.clear();
                InetSocketAddress from = (InetSocketAddress) sink.receive(buffer);
                sentBack.computeIfAbsent(from, f -> new AtomicLong()).incrementAndGet();
            }
        } catch (IOException e) {
            // The test closed the sink.
        }
    }

    private static Path injectionFile(List<String> numbers) throws IOException {
        List<String> lines = new ArrayList<>(List.of("SEQUENTIAL"));
        lines.addAll(numbers);
        Path file = Files.createTempFile(Files.createDirectories(Path.of("target/sipp-runs").toAbsolutePath()), "numbers", ".csv");
        return Files.write(file, lines);
    }

    private static java.time.Instant lastAnswer(List<CallRecord> calls) {
        return calls.stream().map(CallRecord::answeredAt).max(java.util.Comparator.naturalOrder()).orElseThrow();
    }

    private static java.time.Instant firstEnd(List<CallRecord> calls) {
        return calls.stream().map(CallRecord::endedAt).min(java.util.Comparator.naturalOrder()).orElseThrow();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
