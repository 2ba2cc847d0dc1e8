package loa.harness.voicebrowser;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import loa.harness.rtp.Eventually;
import loa.harness.rtp.G711;
import loa.harness.rtp.RtpProbe;
import loa.harness.rtp.Wav;
import loa.harness.sip.Sipp;
import loa.harness.sip.SippRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The voice browser's SIP and RTP side against SIPp as the launcher, with an independent RTP socket as the subscriber. */
class VoiceBrowserTest {
    private static final Duration DEADLINE = ofSeconds(10);
    private static final String DIALOG = "http://127.0.0.1:8080/dialog?call=c-1&token=a+b/c";

    private final List<String> happened = new CopyOnWriteArrayList<>();
    private volatile URI dialogAsked;
    private volatile Map<String, String> session;
    private volatile Script script = media -> { };
    private VoiceBrowser browser;
    private RtpProbe subscriber;

    private interface Script {
        void run(CallMedia media) throws HangUpException;
    }

    @BeforeEach
    void start() throws Exception {
        browser = new VoiceBrowser(this::runDialog);
        browser.start();
        subscriber = new RtpProbe();
    }

    @AfterEach
    void stop() {
        browser.stop();
        subscriber.close();
    }

    @Test
    void answersAnRfc5552InviteWithSdpPlaysThePromptInRealTimeAndHangsUpOnDisconnect() throws Exception {
        byte[] thanks = Files.readAllBytes(Path.of("prompts/bluezone/thanks.wav"));
        script = media -> {
            happened.add("played " + media.play(thanks, ZERO, false).toMillis());
            media.disconnect();
        };

        SippRun sipp = sipp("voice-browser-answers-rfc5552-invite-and-hangs-up.xml").run();

        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
        assertThat(happened).containsExactly("played 1820");
        List<RtpProbe.Received> packets = subscriber.packets(0);
        assertThat(packets).as("PCMU, the offer's first codec").hasSize(91);
        double seconds = (packets.get(90).arrivedNanos() - packets.get(0).arrivedNanos()) / 1e9;
        assertThat(90 / seconds).as("packets a second").isBetween(42.0, 58.0);
        assertThat(packets.get(0).payload()).isEqualTo(Wav.read(thanks).frames(G711.PCMU).get(0));
    }

    @Test
    void offersInThe200WhenTheInviteHasNoSdpAndPlaysToTheAddressInTheAck() throws Exception {
        script = media -> {
            media.play(null, ofMillis(200), false);
            media.disconnect();
        };

        SippRun sipp = sipp("voice-browser-offers-in-200-answer-in-ack.xml").run();

        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
        assertThat(subscriber.packets(8)).as("PCMA, the answer's codec").hasSize(10);
    }

    @Test
    void givesTheDialogItsUrlAndTheSessionVariablesAndKeepsItsLog() throws Exception {
        script = media -> {
            media.play(null, ofMillis(100), false);
            media.disconnect();
        };

        SippRun sipp = sipp("voice-browser-answers-rfc5552-invite-and-hangs-up.xml").run();

        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
        assertThat(dialogAsked).isEqualTo(URI.create(DIALOG));
        String callId = browser.callIds().get(0);
        assertThat(sipp.messages()).contains("Call-ID: " + callId);
        assertThat(session).containsEntry("connection.protocol.sip.callid", callId)
                .containsEntry("connection.protocol.name", "sip").containsEntry("connection.protocol.version", "2.0")
                .containsEntry("connection.local.uri", "sip:dialog@127.0.0.1:" + browser.port())
                .hasEntrySatisfying("connection.remote.uri", uri -> assertThat(uri).startsWith("sip:launcher@127.0.0.1:"));
        assertThat(browser.log(callId)).get().satisfies(log -> assertThat(log.details(CallLog.Kind.FETCHED)).containsExactly(DIALOG));
    }

    @Test
    void theCallersByeEndsThePromptWithAHangUp() throws Exception {
        script = media -> {
            try {
                media.play(null, ofSeconds(10), false);
                happened.add("played to the end");
            } catch (HangUpException e) {
                happened.add("hung up");
                media.disconnect();
            }
        };

        SippRun sipp = sipp("voice-browser-caller-hangs-up.xml").holdFor(ofMillis(500)).run();

        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
        Eventually.within(DEADLINE, "the dialog to hear the hang-up", () -> !happened.isEmpty());
        assertThat(happened).containsExactly("hung up");
        assertThat(sipp.messages()).doesNotContain("BYE sip:launcher");
    }

    @Test
    void aKeyPressBargesIntoThePromptAndWaitsForTheDialog() throws Exception {
        script = media -> {
            Duration played = media.play(null, ofSeconds(5), true);
            happened.add("played less than a second: " + (played.compareTo(ofSeconds(1)) < 0));
            happened.add("then read " + media.nextDigit(ofSeconds(1)).orElse('-'));
            happened.add("then nothing: " + media.nextDigit(ofMillis(100)));
            media.disconnect();
        };
        SippRun sipp = sipp("voice-browser-answers-rfc5552-invite-and-hangs-up.xml").start();
        Eventually.within(DEADLINE, "the prompt's first packets", () -> subscriber.packets(0).size() >= 5);

        RtpProbe.Received first = subscriber.packets(0).get(0);
        subscriber.sendDigit(first.from(), 101, 5, 123_456, 100);

        assertThat(sipp.await().exitCode()).as(sipp.diagnostics()).isZero();
        assertThat(happened).containsExactly("played less than a second: true", "then read 5",
                "then nothing: " + Optional.empty());
    }

    @Test
    void stoppingHangsUpTheDialogsAndEndsEveryThreadItStarted() throws Exception {
        browser.stop();
        java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
        browser = new VoiceBrowser(this::runDialog);
        browser.start();
        script = media -> {
            try {
                media.play(null, ofSeconds(30), false);
            } catch (HangUpException e) {
                happened.add("hung up");
            }
        };
        SippRun sipp = sipp("voice-browser-answers-rfc5552-invite-and-hangs-up.xml").start();
        Eventually.within(DEADLINE, "the prompt to play", () -> !subscriber.packets(0).isEmpty());

        browser.stop();

        assertThat(happened).containsExactly("hung up");
        Eventually.within(DEADLINE, "the browser's threads to end", () -> newThreads(before).isEmpty());
        assertThat(sipp.await().exitCode()).as("SIPp got the BYE: " + sipp.diagnostics()).isZero();
    }

    @Test
    void refusesARequestUriThatIsNotADialogWith404() throws Exception {
        SippRun sipp = sipp("voice-browser-rejects-non-dialog-uri-404.xml").service("84901234567").run();

        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
        assertThat(dialogAsked).isNull();
    }

    @Test
    void refusesADialogRequestWithoutItsVoicexmlParameterWith400() throws Exception {
        SippRun sipp = sipp("voice-browser-rejects-dialog-without-voicexml-400.xml").run();

        assertThat(sipp.exitCode()).as(sipp.diagnostics()).isZero();
    }

    private static List<String> newThreads(java.util.Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t)).map(Thread::getName)
                .filter(name -> !name.equals("process reaper")).toList();
    }

    private Sipp sipp(String scenario) {
        return Sipp.scenario(scenario).calling(browser.host(), browser.port()).calls(1).timeout(DEADLINE)
                .key("rtp_port", String.valueOf(subscriber.port()))
                .key("dialog_url", URLEncoder.encode(DIALOG, StandardCharsets.UTF_8));
    }

    /** The stand-in for the VoiceXML interpreter: logs the fetch, then does what the test's script says. */
    private void runDialog(URI dialog, Map<String, String> variables, CallMedia media, CallLog log) {
        dialogAsked = dialog;
        session = variables;
        log.add(CallLog.Kind.FETCHED, dialog.toString());
        try {
            script.run(media);
        } catch (HangUpException e) {
            happened.add("unexpected hang-up");
        }
    }
}
