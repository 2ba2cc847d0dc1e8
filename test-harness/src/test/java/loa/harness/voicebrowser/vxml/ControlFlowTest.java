package loa.harness.voicebrowser.vxml;

import static loa.harness.voicebrowser.CallLog.Kind.ENDED;
import static loa.harness.voicebrowser.CallLog.Kind.EVENT;
import static loa.harness.voicebrowser.CallLog.Kind.FETCHED;
import static loa.harness.voicebrowser.CallLog.Kind.PLAYED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import loa.harness.voicebrowser.CallLog;
import org.junit.jupiter.api.Test;

/** Conditions, variables and scripts, goto, thrown and caught events, failed fetches, and the limits. */
class ControlFlowTest extends ServedDialogTest {

    @Test
    void ifElseifElseRunsTheFirstBranchWhoseConditionHoldsAndEvaluatesNoLaterOne() {
        server.serves("/dialog.vxml", """
                <var name="x" expr="2"/><var name="touched" expr="'no'"/>
                <form><block>
                  <if cond="x == 1"><prompt>one</prompt>
                  <elseif cond="x == 2"/><prompt>two</prompt>
                  <elseif cond="(touched = 'yes') == 'yes'"/><prompt>three</prompt>
                  <else/><prompt>other</prompt></if>
                  <prompt>touched <value expr="touched"/></prompt>
                </block></form>""");
        CallLog log = call("/dialog.vxml", new ScriptedCaller());
        assertThat(log.details(PLAYED)).containsExactly("tts 500ms \"two\"", "tts 600ms \"touched no\"");
    }

    @Test
    void scriptsVarsAndAssignsShareTheScopeChainAndSessionVariablesAreObjects() {
        server.serves("/dialog.vxml", """
                <var name="id" expr="''"/><var name="loaded" expr="new Date().getTime()"/>
                <script>function twice(n) { return 2 * n; } id = String(session.connection.protocol.sip.callid);</script>
                <form><var name="n" expr="twice(21)"/><block>
                  <var name="local" expr="n + 1"/><assign name="document.id" expr="id + ':' + local"/>
                  <prompt><value expr="id"/> <value expr="loaded > 0"/></prompt>
                </block></form>""");
        CallLog log = call("/dialog.vxml", new ScriptedCaller());
        assertThat(log.details(PLAYED)).singleElement().asString().contains("\"" + CALL_ID + ":43 true\"");
    }

    @Test
    void assigningAnUndeclaredVariableIsErrorSemantic() {
        server.serves("/dialog.vxml", """
                <form><block><assign name="nowhere" expr="1"/></block>
                <catch event="error.semantic"><prompt><value expr="_event"/></prompt></catch></form>""");
        CallLog log = call("/dialog.vxml", new ScriptedCaller());
        assertThat(log.details(EVENT)).containsExactly("error.semantic: assign to undeclared variable nowhere");
        assertThat(log.details(PLAYED)).containsExactly("tts 840ms \"error.semantic\"");
        assertThat(log.details(ENDED)).containsExactly("exit");
    }

    @Test
    void gotoAFormOfTheSameDocumentKeepsTheDocumentsVariables() {
        server.serves("/dialog.vxml", """
                <var name="n" expr="1"/>
                <form id="first"><block><assign name="n" expr="n + 1"/><goto next="#second"/></block></form>
                <form id="second"><block><prompt>n is <value expr="n"/></prompt></block></form>""");
        CallLog log = call("/dialog.vxml", new ScriptedCaller());
        assertThat(log.details(FETCHED)).hasSize(1);
        assertThat(log.details(PLAYED)).containsExactly("tts 500ms \"n is 2\"");
    }

    @Test
    void gotoAnotherDocumentFetchesItRelativeToTheCurrentOneAndStartsAtTheFormItNames() {
        server.serves("/dir/one.vxml", "<form><block><prompt>one</prompt><goto expr=\"'two.vxml#b'\"/></block></form>")
                .serves("/dir/two.vxml", "<form id=\"a\"><block>a</block></form><form id=\"b\"><block>b</block></form>");
        CallLog log = call("/dir/one.vxml", new ScriptedCaller());
        assertThat(log.details(FETCHED)).containsExactly(url("/dir/one.vxml") + " 200", url("/dir/two.vxml") + " 200");
        assertThat(log.details(PLAYED)).containsExactly("tts 500ms \"one\"", "tts 500ms \"b\"");
    }

    @Test
    void clearEmptiesAFieldToBeAskedAgainAndGotoNextitemSkipsAhead() {
        server.serves("/dialog.vxml", """
                <form>
                  <field name="key"><grammar mode="dtmf"><rule id="k"><one-of><item>1</item><item>2</item></one-of></rule></grammar>
                    <prompt>Press</prompt>
                    <filled><if cond="key == '2'"><clear namelist="key"/><else/><goto nextitem="last"/></if></filled>
                  </field>
                  <block name="skipped"><prompt>skipped</prompt></block>
                  <block name="last"><prompt>key <value expr="key"/></prompt></block>
                </form>""");
        CallLog log = call("/dialog.vxml", new ScriptedCaller().pressesWhenAsked('2').pressesWhenAsked('1'));
        assertThat(log.details(PLAYED)).containsExactly("tts 500ms \"Press\"", "tts 500ms \"Press\"", "tts 500ms \"key 1\"",
                "tts 500ms \"skipped\"");
    }

    @Test
    void aThrownEventIsCaughtByTheInnermostHandlerWhoseNameIsATokenPrefixOfItsName() {
        server.serves("/dialog.vxml", """
                <catch event="custom.thing"><prompt>document</prompt></catch>
                <form>
                  <catch event="custom.thin"><prompt>not a token prefix</prompt></catch>
                  <catch event="custom.thing."><prompt><value expr="_event + ' ' + _message"/></prompt></catch>
                  <block><throw event="custom.thing.happened" messageexpr="'at last'"/></block>
                </form>""");
        CallLog log = call("/dialog.vxml", new ScriptedCaller());
        assertThat(log.details(EVENT)).containsExactly("custom.thing.happened: at last");
        assertThat(log.details(PLAYED)).containsExactly("tts 1740ms \"custom.thing.happened at last\"");
    }

    @Test
    void aFailedFetchIsErrorBadfetchWhichTheDialogCanCatch() {
        server.answers("/broken.vxml", 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8)).serves("/dialog.vxml", """
                <form><block><goto next="broken.vxml"/></block>
                <catch event="error.badfetch"><prompt>sorry</prompt><exit/></catch></form>""");
        CallLog log = call("/dialog.vxml", new ScriptedCaller());
        assertThat(log.details(FETCHED)).containsExactly(url("/dialog.vxml") + " 200", url("/broken.vxml") + " 500");
        assertThat(log.details(EVENT)).singleElement().asString().startsWith("error.badfetch.http.500");
        assertThat(log.details(PLAYED)).containsExactly("tts 500ms \"sorry\"");
        assertThat(log.details(ENDED)).containsExactly("exit");
    }

    @Test
    void aFirstDocumentThatFailsEndsTheCallInError() {
        server.answers("/down.vxml", 503, DocumentServer.VOICEXML, DocumentServer.vxml("<form><block>x</block></form>").getBytes());
        CallLog log = call("/down.vxml", new ScriptedCaller());
        assertThat(log.details(EVENT)).singleElement().asString().startsWith("error.badfetch.http.503");
        assertThat(log.details(ENDED)).singleElement().asString().startsWith("error unhandled error.badfetch.http.503");
        assertThat(log.details(PLAYED)).isEmpty();
    }

    @Test
    void aDocumentThatIsNotVoiceXmlIsErrorBadfetch() {
        server.answers("/plain.vxml", 200, "text/xml", "<vxml version=\"2.1\"><form/></vxml>".getBytes())
                .answers("/broken.vxml", 200, "text/xml", "<vxml".getBytes());
        assertThat(call("/plain.vxml", new ScriptedCaller()).details(EVENT)).singleElement().asString()
                .startsWith("error.badfetch: " + url("/plain.vxml") + " is not VoiceXML");
        assertThat(call("/broken.vxml", new ScriptedCaller()).details(EVENT)).singleElement().asString()
                .startsWith("error.badfetch: " + url("/broken.vxml") + " is not well-formed XML");
    }

    @Test
    void anElementOutsideTheSubsetIsErrorUnsupportedAndEndsTheCallUnhandled() {
        server.serves("/dialog.vxml", "<form><transfer name=\"t\" dest=\"tel:+1\"/></form>");
        CallLog log = call("/dialog.vxml", new ScriptedCaller());
        assertThat(log.details(EVENT)).singleElement().asString().startsWith("error.unsupported.transfer");
        assertThat(log.details(ENDED)).singleElement().asString().startsWith("error unhandled error.unsupported.transfer");
    }

    @Test
    void aDialogThatLoopsIsEndedAtTheStepLimit() {
        server.serves("/dialog.vxml", "<form id=\"again\"><block><goto next=\"#again\"/></block></form>");
        CallLog log = call("/dialog.vxml", new ScriptedCaller());
        assertThat(log.details(ENDED)).containsExactly("error more than 1000 steps: the dialog loops");
    }

    @Test
    void aDialogThatFetchesForEverIsEndedAtTheDocumentLimit() {
        server.serves("/dialog.vxml", "<form><block><goto next=\"dialog.vxml\"/></block></form>");
        CallLog log = call("/dialog.vxml", new ScriptedCaller());
        assertThat(log.details(FETCHED)).hasSize(100);
        assertThat(log.details(ENDED)).containsExactly("error more than 100 documents: the dialog loops");
    }

    @Test
    void aScriptThatNeverEndsEndsTheCall() {
        server.serves("/dialog.vxml", "<script>try { while (true) {} } catch (e) {}</script><form><block>x</block></form>");
        CallLog log = call("/dialog.vxml", new ScriptedCaller());
        assertThat(log.details(ENDED)).singleElement().asString().startsWith("error the dialog's scripts ran more than");
    }

    @Test
    void aScriptThatRecursesWithoutEndIsErrorSemantic() {
        server.serves("/dialog.vxml", "<script>function down(n) { return down(n + 1); } down(0);</script><form><block>x</block></form>");
        CallLog log = call("/dialog.vxml", new ScriptedCaller());
        assertThat(log.details(EVENT)).singleElement().asString().startsWith("error.semantic: Exceeded maximum stack depth");
        assertThat(log.details(ENDED)).singleElement().asString().startsWith("error unhandled error.semantic");
    }
}
