package loa.harness.voicebrowser.vxml;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static loa.harness.voicebrowser.CallLog.Kind.ENDED;
import static loa.harness.voicebrowser.CallLog.Kind.EVENT;
import static loa.harness.voicebrowser.CallLog.Kind.FETCHED;
import static loa.harness.voicebrowser.CallLog.Kind.PLAYED;
import static loa.harness.voicebrowser.CallLog.Kind.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import loa.harness.voicebrowser.CallLog;
import org.junit.jupiter.api.Test;

/** The ends of a call: the caller hanging up, the dialog disconnecting or exiting. */
class HangUpTest extends ServedDialogTest {
    static final byte[] WELCOME = Wavs.alaw(Duration.ofSeconds(3));
    static final String FIELD = """
            <field name="answer"><grammar mode="dtmf"><rule id="k"><one-of><item>1</item></one-of></rule></grammar>
              <prompt>Press one</prompt></field>""";

    @Test
    void aHangUpDuringAPromptIsThrownIntoTheDialogWhichMayStillSubmit() {
        server.servesWav("/welcome.wav", WELCOME).serves("/bye", "<form><block><prompt>Nobody hears this</prompt><exit/></block></form>")
                .serves("/dialog.vxml", """
                        <var name="stage" expr="'welcome'"/>
                        <catch event="connection.disconnect.hangup">
                          <submit next="/bye" method="post" namelist="stage"/>
                        </catch>
                        <form><block><audio src="welcome.wav"/></block>%s</form>""".formatted(FIELD));
        ScriptedCaller caller = new ScriptedCaller().hangsUpDuring(ScriptedCaller.theAudio(WELCOME));
        CallLog log = call("/dialog.vxml", caller);
        assertThat(log.details(EVENT)).containsExactly("connection.disconnect.hangup: the caller hung up");
        assertThat(log.details(SUBMITTED)).containsExactly(url("/bye") + " stage=welcome");
        server.wireMock().verify(postRequestedFor(urlEqualTo("/bye")).withRequestBody(equalTo("stage=welcome")));
        assertThat(log.details(FETCHED)).containsExactly(url("/dialog.vxml") + " 200", url("/bye") + " 200");
        assertThat(log.details(PLAYED)).isEmpty();
        assertThat(caller.waits()).isEmpty();
        assertThat(log.details(ENDED)).containsExactly("hangup");
    }

    @Test
    void aHangUpWhileWaitingForAKeyWithNoHandlerEndsTheCall() {
        server.serves("/dialog.vxml", "<form>" + FIELD + "</form>");
        CallLog log = call("/dialog.vxml", new ScriptedCaller().hangsUpWhenAsked());
        assertThat(log.details(PLAYED)).containsExactly("tts 540ms \"Press one\"");
        assertThat(log.details(EVENT)).containsExactly("connection.disconnect.hangup: the caller hung up");
        assertThat(log.details(ENDED)).containsExactly("hangup");
    }

    @Test
    void aHandlerThatCarriesOnAfterTheHangUpEndsWhenTheDialogNeedsTheCallerAgain() {
        server.serves("/dialog.vxml", """
                <catch event="connection.disconnect.hangup"><log>noted</log></catch>
                <form><block><prompt>Welcome</prompt></block>%s</form>""".formatted(FIELD));
        ScriptedCaller caller = new ScriptedCaller().hangsUpDuring(ScriptedCaller.promptNumber(1));
        CallLog log = call("/dialog.vxml", caller);
        assertThat(caller.waits()).isEmpty();
        assertThat(log.details(ENDED)).containsExactly("hangup");
    }

    @Test
    void disconnectPlaysTheQueuedPromptsThenHangsUpAndTellsTheDialog() {
        server.serves("/dialog.vxml", "<form><block><prompt bargein=\"false\">Thanks</prompt><disconnect/></block></form>");
        ScriptedCaller caller = new ScriptedCaller();
        CallLog log = call("/dialog.vxml", caller);
        assertThat(log.details(PLAYED)).containsExactly("tts 500ms \"Thanks\"");
        assertThat(caller.disconnected()).isTrue();
        assertThat(log.details(EVENT)).containsExactly("connection.disconnect.hangup: the dialog disconnected");
        assertThat(log.details(ENDED)).containsExactly("disconnect");
    }

    @Test
    void exitPlaysTheQueuedPromptsAndEndsTheCall() {
        server.serves("/dialog.vxml", "<form><block><prompt>Bye</prompt><exit/><prompt>never</prompt></block></form>");
        ScriptedCaller caller = new ScriptedCaller();
        CallLog log = call("/dialog.vxml", caller);
        assertThat(log.details(PLAYED)).containsExactly("tts 500ms \"Bye\"");
        assertThat(log.details(ENDED)).containsExactly("exit");
        assertThat(caller.disconnected()).isTrue();
    }
}
