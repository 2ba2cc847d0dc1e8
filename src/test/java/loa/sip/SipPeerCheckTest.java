package loa.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import loa.harness.sip.Sipp;
import loa.harness.sip.SippRun;
import loa.harness.subscribers.Subscribers;
import loa.harness.voicebrowser.VoiceBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The placer's OPTIONS health check against the simulated trunk and voice browser, a silent port, and SIPp. */
class SipPeerCheckTest {
    private static Subscribers trunk;
    private static VoiceBrowser browser;

    @BeforeAll
    static void start() {
        trunk = new Subscribers(7);
        trunk.start();
        browser = new VoiceBrowser((uri, session, media, log) -> media.disconnect());
        browser.start();
    }

    @AfterAll
    static void stop() {
        browser.stop();
        trunk.stop();
    }

    @Test
    void bothPeersAnsweringOptionsMakeNoProblem() throws Exception {
        assertThat(problemWith(trunk.port(), browser.port())).isEmpty();
    }

    @Test
    void aTrunkNobodyListensOnIsNamedAsNotAnsweringWithinTheWait() throws Exception {
        int silent = Sipp.freeUdpPort();
        long started = System.nanoTime();

        Optional<String> problem = problemWith(silent, browser.port());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SipCallPlacer.OPTIONS_WAIT.plusSeconds(2));
        assertThat(problem).contains("trunk sip:127.0.0.1:" + silent + ": no answer to OPTIONS within 2 s");
    }

    @Test
    void aVoiceBrowserNobodyListensOnIsNamed() throws Exception {
        int silent = Sipp.freeUdpPort();

        assertThat(problemWith(trunk.port(), silent))
                .contains("voice browser sip:127.0.0.1:" + silent + ": no answer to OPTIONS within 2 s");
    }

    @Test
    void aTrunkAnswering503IsNamedWithItsStatus() throws Exception {
        SippRun sipp = Sipp.scenario("peer-answers-options-503.xml").answering().calls(1).start();

        Optional<String> problem = problemWith(sipp.port(), browser.port());

        assertThat(problem).contains("trunk sip:127.0.0.1:" + sipp.port() + ": 503 to OPTIONS");
        assertThat(sipp.await().exitCode()).as(sipp.diagnostics()).isZero();
    }

    @Test
    void aPlacerNotStartedSaysSoWithoutSendingAnything() {
        SipCallPlacer placer = new SipCallPlacer("127.0.0.1", 0, "127.0.0.1", trunk.port(), "127.0.0.1", browser.port());

        assertThat(placer.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("not started"));
    }

    @Test
    void a2xxOr405Or501ProvesAPeerAliveAndAnythingElseDoesNot() {
        assertThat(PeerOptions.provesAlive(200)).isTrue();
        assertThat(PeerOptions.provesAlive(202)).isTrue();
        assertThat(PeerOptions.provesAlive(405)).isTrue();
        assertThat(PeerOptions.provesAlive(501)).isTrue();
        assertThat(PeerOptions.provesAlive(503)).isFalse();
        assertThat(PeerOptions.provesAlive(500)).isFalse();
        assertThat(PeerOptions.provesAlive(403)).isFalse();
        assertThat(PeerOptions.provesAlive(302)).isFalse();
    }

    /** What a placer started for this trunk and voice browser says of them. */
    private static Optional<String> problemWith(int trunkPort, int browserPort) throws Exception {
        SipCallPlacer placer = new SipCallPlacer("127.0.0.1", 0, "127.0.0.1", trunkPort, "127.0.0.1", browserPort);
        placer.start();
        try {
            return placer.problem();
        } finally {
            placer.stop();
        }
    }
}
