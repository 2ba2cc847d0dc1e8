package loa.harness.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real UDP on 127.0.0.1, checked with an independent socket ({@link RtpProbe}). */
class RtpSessionTest {
    private static final Duration DEADLINE = Duration.ofSeconds(5);

    private final RtpEngine engine = new RtpEngine("test");
    private RtpProbe probe;
    private RtpSession session;

    @BeforeEach
    void start() throws IOException {
        engine.start();
        probe = new RtpProbe();
        session = engine.open();
    }

    @AfterEach
    void stop() {
        engine.stop();
        probe.close();
    }

    @Test
    void sendsSilenceAsTwentyMillisecondPacketsInRealTime() {
        session.connect(probe.address(), MediaFormat.of(G711.PCMA));
        session.sendSilenceWhenIdle(true);

        Eventually.within(DEADLINE, "51 packets", () -> probe.packets().size() >= 51);

        List<RtpProbe.Received> packets = probe.packets().subList(0, 51);
        double seconds = (packets.get(50).arrivedNanos() - packets.get(0).arrivedNanos()) / 1e9;
        assertThat(seconds).as("50 intervals of 20 ms").isBetween(0.8, 1.25);
        assertThat(packets.get(0).marker()).isTrue();
        for (int i = 1; i < packets.size(); i++) {
            assertThat(packets.get(i).sequence()).isEqualTo((packets.get(i - 1).sequence() + 1) & 0xFFFF);
            assertThat(packets.get(i).timestamp()).isEqualTo((packets.get(i - 1).timestamp() + 160) & 0xFFFFFFFFL);
            assertThat(packets.get(i).payloadType()).isEqualTo(8);
            assertThat(packets.get(i).payload()).hasSize(160).containsOnly((byte) 0xD5);
        }
    }

    @Test
    void playsFramesAndSaysWhenTheyHaveGone() throws Exception {
        session.connect(probe.address(), MediaFormat.of(G711.PCMU));
        long started = System.nanoTime();

        Duration played = session.play(Wav.silence(G711.PCMU, Duration.ofMillis(400))).done().get(5, TimeUnit.SECONDS);

        assertThat(played).isEqualTo(Duration.ofMillis(400));
        assertThat((System.nanoTime() - started) / 1e6).isBetween(360.0, 700.0);
        Eventually.within(DEADLINE, "20 packets", () -> probe.packets(0).size() == 20);
    }

    @Test
    void stoppingAPlayoutEndsItEarly() throws Exception {
        session.connect(probe.address(), MediaFormat.of(G711.PCMA));
        Playout playout = session.play(Wav.silence(G711.PCMA, Duration.ofSeconds(10)));
        Eventually.within(DEADLINE, "a few packets", () -> probe.packets().size() >= 3);

        playout.stop();

        assertThat(playout.done().get(1, TimeUnit.SECONDS)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void sendsAKeyPressAsAnRfc4733Event() {
        session.connect(probe.address(), new MediaFormat(G711.PCMA, 8, 96));
        session.sendSilenceWhenIdle(true);

        session.sendDigit('1', Duration.ofMillis(100));

        Eventually.within(DEADLINE, "8 event packets", () -> probe.packets(96).size() == 8);
        List<RtpProbe.Received> events = probe.packets(96);
        assertThat(events).extracting(RtpProbe.Received::event).containsOnly(1);
        assertThat(events).extracting(RtpProbe.Received::timestamp).containsOnly(events.get(0).timestamp());
        assertThat(events).extracting(RtpProbe.Received::marker).containsExactly(true, false, false, false, false, false, false, false);
        assertThat(events).extracting(RtpProbe.Received::duration).containsExactly(160, 320, 480, 640, 800, 800, 800, 800);
        assertThat(events).extracting(RtpProbe.Received::end).containsExactly(false, false, false, false, false, true, true, true);
        assertThat(events).extracting(RtpProbe.Received::sequence).doesNotHaveDuplicates();
        assertThat(session.stats().digitsSent()).containsExactly('1');
    }

    @Test
    void hearsEachKeyOnceHoweverManyPacketsCarryIt() throws IOException {
        List<Character> heard = new CopyOnWriteArrayList<>();
        session.onDigit(heard::add);
        InetSocketAddress to = new InetSocketAddress(InetAddress.getLoopbackAddress(), session.localPort());

        probe.sendDigit(to, 101, 1, 8000, 1);
        probe.sendDigit(to, 101, 1, 9600, 5);
        probe.sendDigit(to, 101, 11, 11200, 9);

        Eventually.within(DEADLINE, "three keys", () -> heard.size() == 3);
        assertThat(heard).containsExactly('1', '1', '#');
        assertThat(session.stats().digitsReceived()).containsExactly('1', '1', '#');
    }

    @Test
    void countsTheAudioItHearsAndSaysWhenItHasHeardEnough() throws IOException {
        AtomicBoolean heardHalfASecond = new AtomicBoolean();
        session.whenHeard(Duration.ofMillis(500), () -> heardHalfASecond.set(true));
        InetSocketAddress to = new InetSocketAddress(InetAddress.getLoopbackAddress(), session.localPort());

        probe.sendSilence(to, 50);

        Eventually.within(DEADLINE, "50 packets", () -> session.stats().packetsReceived() == 50);
        assertThat(session.stats().audioReceived()).isEqualTo(Duration.ofSeconds(1));
        assertThat(heardHalfASecond).isTrue();
    }

    @Test
    void manySessionsShareOneClockAndOneReceiveThread() throws IOException {
        List<RtpSession> sessions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            RtpSession s = engine.open();
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), session.localPort()), MediaFormat.of(G711.PCMA));
            s.sendSilenceWhenIdle(true);
            sessions.add(s);
        }

        Eventually.within(DEADLINE, "a second of audio from each of 50 sessions",
                () -> session.stats().audioReceived().compareTo(Duration.ofSeconds(50)) >= 0);
        sessions.forEach(RtpSession::close);
        assertThat(engine.sessions()).isEqualTo(1);
    }
}
