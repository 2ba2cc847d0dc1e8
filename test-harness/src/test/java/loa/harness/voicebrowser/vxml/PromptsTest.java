package loa.harness.voicebrowser.vxml;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static loa.harness.voicebrowser.CallLog.Kind.ENDED;
import static loa.harness.voicebrowser.CallLog.Kind.FETCHED;
import static loa.harness.voicebrowser.CallLog.Kind.PLAYED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import loa.harness.voicebrowser.CallLog;
import org.junit.jupiter.api.Test;

/** Prompts: queued, then played as fetched audio or, failing that, as silence as long as their text. */
class PromptsTest extends ServedDialogTest {
    static final byte[] HELLO = Wavs.alaw(Duration.ofMillis(1200));

    @Test
    void aBlocksAudioIsFetchedAndPlayedAndTheCallEndsWhenTheFormHasNothingLeft() {
        server.servesWav("/audio/hello.wav", HELLO).serves("/dialog.vxml", """
                <form><block><prompt><audio src="audio/hello.wav">Hello</audio> Goodbye</prompt></block></form>""");
        ScriptedCaller caller = new ScriptedCaller();
        CallLog log = call("/dialog.vxml", caller);
        assertThat(log.details(FETCHED)).containsExactly(url("/dialog.vxml") + " 200");
        assertThat(log.details(PLAYED)).containsExactly(url("/audio/hello.wav") + " 1200ms", "tts 500ms \"Goodbye\"");
        assertThat(caller.heard().get(0).prompt().wav()).isEqualTo(HELLO);
        assertThat(caller.heard().get(1).prompt().silence()).isEqualTo(Duration.ofMillis(500));
        assertThat(log.details(ENDED)).containsExactly("exit");
        assertThat(caller.disconnected()).isTrue();
    }

    @Test
    void audioThatCannotBeFetchedIsSilenceAsLongAsItsFallbackTextTakesToSay() {
        server.answers("/missing.wav", 404, "text/plain", "no".getBytes()).serves("/dialog.vxml", """
                <form><block><prompt><audio expr="'missing.wav'">Xin chào quý khách</audio></prompt></block></form>""");
        ScriptedCaller caller = new ScriptedCaller();
        CallLog log = call("/dialog.vxml", caller);
        assertThat(caller.heard()).singleElement().satisfies(heard -> {
            assertThat(heard.prompt().wav()).isNull();
            assertThat(heard.prompt().silence()).isEqualTo(Duration.ofMillis(18 * 60));
        });
        assertThat(log.details(PLAYED)).containsExactly("tts 1080ms \"Xin chào quý khách\" instead of " + url("/missing.wav"));
    }

    @Test
    void somethingThatIsNotAWavFileIsNotPlayedEither() {
        server.answers("/page.wav", 200, "text/html", "<html/>".getBytes()).serves("/dialog.vxml", """
                <form><block><audio src="page.wav">Chào</audio></block></form>""");
        CallLog log = call("/dialog.vxml", new ScriptedCaller());
        assertThat(log.details(PLAYED)).containsExactly("tts 500ms \"Chào\" instead of " + url("/page.wav"));
    }

    @Test
    void eachAudioIsFetchedOncePerCall() {
        server.servesWav("/hello.wav", HELLO).serves("/dialog.vxml", """
                <form><block><audio src="hello.wav"/><audio src="/hello.wav"/></block></form>""");
        CallLog log = call("/dialog.vxml", new ScriptedCaller());
        assertThat(log.details(PLAYED)).hasSize(2);
        server.wireMock().verify(1, getRequestedFor(urlPathEqualTo("/hello.wav")));
    }

    @Test
    void promptsQueuedByABlockArePlayedBeforeTheFieldsWithBargeinAsEachSays() {
        server.servesWav("/hello.wav", HELLO).serves("/dialog.vxml", """
                <property name="bargein" value="false"/>
                <form>
                  <block><audio src="hello.wav"/></block>
                  <field name="answer">
                    <grammar mode="dtmf" root="k"><rule id="k"><one-of><item>1</item></one-of></rule></grammar>
                    <prompt bargein="true">Press one</prompt>
                    <filled><exit/></filled>
                  </field>
                </form>""");
        ScriptedCaller caller = new ScriptedCaller().pressesWhenAsked('1');
        CallLog log = call("/dialog.vxml", caller);
        assertThat(caller.heard()).extracting(heard -> heard.prompt().bargein()).containsExactly(false, true);
        assertThat(log.entries()).extracting(CallLog.Entry::kind).containsSubsequence(PLAYED, PLAYED, CallLog.Kind.INPUT);
        assertThat(log.details(ENDED)).containsExactly("exit");
    }

    @Test
    void aKeyPressedDuringABargeinPromptCutsItShortAndIsTheFieldsInput() {
        server.servesWav("/hello.wav", HELLO).serves("/dialog.vxml", """
                <form><field name="answer">
                  <grammar mode="dtmf"><rule id="k"><one-of><item>1</item><item>2</item></one-of></rule></grammar>
                  <prompt><audio src="hello.wav"/></prompt>
                  <filled><prompt>You pressed <value expr="answer"/></prompt></filled>
                </field></form>""");
        ScriptedCaller caller = new ScriptedCaller().pressesDuring(ScriptedCaller.theAudio(HELLO), '2', Duration.ofMillis(200));
        CallLog log = call("/dialog.vxml", caller);
        assertThat(log.details(PLAYED)).containsExactly(url("/hello.wav") + " 200ms", "tts 780ms \"You pressed 2\"");
        assertThat(log.details(CallLog.Kind.INPUT)).containsExactly("2");
    }
}
