package loa.harness.voicebrowser.vxml;

import static loa.harness.voicebrowser.CallLog.Kind.ENDED;
import static loa.harness.voicebrowser.CallLog.Kind.EVENT;
import static loa.harness.voicebrowser.CallLog.Kind.FETCHED;
import static loa.harness.voicebrowser.CallLog.Kind.INPUT;
import static loa.harness.voicebrowser.CallLog.Kind.PLAYED;
import static loa.harness.voicebrowser.CallLog.Kind.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import loa.campaign.DialogLinks;
import loa.campaign.PhoneNumber;
import loa.config.CampaignFile;
import loa.harness.voicebrowser.CallLog;
import loa.store.RedisCallRecords;
import loa.store.TestRedis;
import loa.vxml.DialogServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * loa's own dialogs (vxml/bluezone, prompts/bluezone) in this voice browser: served by the real
 * DialogServer over HTTP, answers recorded in a real Redis. These prove the dialogs work in a
 * voice browser, not just that their text looks right.
 */
class LoaDialogsTest {
    static final PhoneNumber SUBSCRIBER = PhoneNumber.parse("0901234567");
    static final String VB_SESSION = "a84b4c76e66710@127.0.0.1";

    @TempDir
    static Path data;
    static TestRedis redis;
    static final VoiceXmlInterpreter interpreter = new VoiceXmlInterpreter();

    @TempDir
    Path dir;
    DialogServer server;
    RedisCallRecords calls;
    DialogLinks links;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = new TestRedis(data);
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void startDialogServer() throws Exception {
        redis.client().flushAll();
        Path prompts = LoaFiles.copy(Path.of("prompts"), dir.resolve("prompts"));
        Path vxml = LoaFiles.copy(Path.of("vxml"), dir.resolve("vxml"));
        calls = new RedisCallRecords(redis.client(), Clock.systemUTC());
        links = new DialogLinks("a test secret of enough bytes".getBytes(StandardCharsets.UTF_8), Clock.systemUTC());
        server = new DialogServer(new DialogServer.Config("127.0.0.1", 0, vxml, prompts, Duration.ofSeconds(5)),
                List.of(CampaignFile.load(Path.of("campaigns/bluezone.yaml"))), calls, links, Clock.systemUTC());
        server.start();
    }

    @AfterEach
    void stopDialogServer() {
        server.stop();
    }

    @Test
    void pressingOneAfterTheInstructionBeganIsRecordedAsAgreedAndThanked() throws Exception {
        String call = calls.register("bluezone", SUBSCRIBER, 1);
        ScriptedCaller caller = new ScriptedCaller().pressesDuring(ScriptedCaller.theAudio(wav("instruction")), '1', Duration.ofMillis(200));
        CallLog log = run(call, caller);
        assertThat(record(call)).containsEntry("answer", "agreed").containsEntry("key", "1")
                .containsEntry("stage", "announcement").containsEntry("vb-session", VB_SESSION);
        assertThat(log.details(PLAYED)).containsExactly(prompt("announcement") + " " + length("announcement"),
                prompt("instruction") + " 200ms", prompt("thanks") + " " + length("thanks"));
        assertThat(caller.heard().get(0).prompt().bargein()).isFalse();
        assertThat(log.details(INPUT)).containsExactly("1");
        assertThat(log.details(SUBMITTED)).singleElement().asString()
                .startsWith(base() + "/vxml/bluezone/answer?call=" + call + "&n=")
                .contains(" event=filled&key=1&stage=announcement&vbsession=" + VB_SESSION.replace("@", "%40") + "&elapsed=");
        assertThat(log.details(FETCHED)).hasSize(2).allMatch(fetched -> fetched.endsWith(" 200"));
        assertThat(log.details(ENDED)).containsExactly("disconnect");
        assertThat(caller.disconnected()).isTrue();
    }

    @Test
    void pressingAnotherKeyIsRecordedAsDeclined() {
        String call = calls.register("bluezone", SUBSCRIBER, 1);
        CallLog log = run(call, new ScriptedCaller().pressesWhenAsked('2'));
        assertThat(record(call)).containsEntry("answer", "declined").containsEntry("key", "2");
        assertThat(log.details(PLAYED)).last().asString().startsWith(prompt("recorded") + " ");
        assertThat(log.details(ENDED)).containsExactly("disconnect");
    }

    @Test
    void silenceIsRepromptedOnceThenRecordedAsNoInput() {
        String call = calls.register("bluezone", SUBSCRIBER, 1);
        ScriptedCaller caller = new ScriptedCaller();
        CallLog log = run(call, caller);
        assertThat(record(call)).containsEntry("answer", "no-input").containsEntry("stage", "reprompt-1");
        assertThat(log.details(PLAYED)).extracting(played -> played.substring(0, played.indexOf(' ')))
                .containsExactly(prompt("announcement"), prompt("instruction"), prompt("instruction"), prompt("recorded"));
        assertThat(log.details(INPUT)).containsExactly("noinput", "noinput");
        assertThat(caller.waits()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
        assertThat(log.details(ENDED)).containsExactly("disconnect");
    }

    @Test
    void hangingUpDuringTheAnnouncementIsRecordedAsHungUpAtTheAnnouncement() throws Exception {
        String call = calls.register("bluezone", SUBSCRIBER, 1);
        ScriptedCaller caller = new ScriptedCaller().hangsUpDuring(ScriptedCaller.theAudio(wav("announcement")));
        CallLog log = run(call, caller);
        assertThat(record(call)).containsEntry("answer", "hung-up").containsEntry("stage", "announcement");
        assertThat(log.details(EVENT)).containsExactly("connection.disconnect.hangup: the caller hung up");
        assertThat(log.details(SUBMITTED)).singleElement().asString().contains(" event=hangup&key=&stage=announcement&");
        assertThat(log.details(PLAYED)).isEmpty();
        assertThat(log.details(ENDED)).containsExactly("hangup");
    }

    /** loa answers a refused request with an apology in VoiceXML, but with a 4xx: a browser does not play it. */
    @Test
    void anExpiredLinkIsErrorBadfetchSoTheApologyLoaSendsWithTheRefusalIsNeverHeard() {
        String call = calls.register("bluezone", SUBSCRIBER, 1);
        URI expired = URI.create(links.entryUrl(base(), "bluezone", call, SUBSCRIBER, Duration.ofSeconds(-5)));
        CallLog log = new CallLog();
        interpreter.run(expired, Map.of(), new ScriptedCaller(), log);
        assertThat(log.details(EVENT)).singleElement().asString().startsWith("error.badfetch.http.403");
        assertThat(log.details(PLAYED)).isEmpty();
        assertThat(log.details(ENDED)).singleElement().asString().startsWith("error ");
    }

    private CallLog run(String call, ScriptedCaller caller) {
        CallLog log = new CallLog();
        URI entry = URI.create(links.entryUrl(base(), "bluezone", call, SUBSCRIBER, Duration.ofMinutes(5)));
        interpreter.run(entry, Map.of("connection.protocol.sip.callid", VB_SESSION), caller, log);
        return log;
    }

    private Map<String, String> record(String call) {
        return redis.client().hgetAll("loa:{bluezone}:call:" + call);
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private String prompt(String name) {
        return base() + "/prompts/bluezone/" + name + ".wav";
    }

    /** A prompt's audio as the DialogServer serves it. */
    private byte[] wav(String name) throws Exception {
        return Files.readAllBytes(dir.resolve("prompts/bluezone/" + name + ".wav"));
    }

    private String length(String name) throws Exception {
        return Wavs.length(wav(name)).toMillis() + "ms";
    }
}
