package loa.harness.voicebrowser.vxml;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static loa.harness.voicebrowser.CallLog.Kind.ENDED;
import static loa.harness.voicebrowser.CallLog.Kind.INPUT;
import static loa.harness.voicebrowser.CallLog.Kind.PLAYED;
import static loa.harness.voicebrowser.CallLog.Kind.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import loa.harness.voicebrowser.CallLog;
import org.junit.jupiter.api.Test;

/** Fields: DTMF keys against the grammar, noinput and nomatch counted per field, filled, and the submit. */
class FieldInputTest extends ServedDialogTest {
    static final String GRAMMAR = """
            <grammar mode="dtmf" version="1.0" root="key" type="application/srgs+xml">
              <rule id="key" scope="public"><one-of><item>1</item><item>2</item></one-of></rule>
            </grammar>""";
    static final String DONE = "<form><block><exit/></block></form>";

    @Test
    void aKeyTheGrammarTakesFillsTheFieldWhichIsSubmittedAsAForm() {
        server.serves("/answer", DONE).serves("/dialog.vxml", """
                <var name="caller" expr="session.connection.protocol.sip.callid"/>
                <form><field name="answer">%s
                  <prompt>Press one</prompt>
                  <filled><submit next="/answer?call=7" method="post" namelist="answer caller"/></filled>
                </field></form>""".formatted(GRAMMAR));
        CallLog log = call("/dialog.vxml", new ScriptedCaller().pressesWhenAsked('1'));
        assertThat(log.details(INPUT)).containsExactly("1");
        assertThat(log.details(SUBMITTED)).containsExactly(url("/answer?call=7") + " answer=1&caller=vb-call-1%40127.0.0.1");
        server.wireMock().verify(postRequestedFor(urlEqualTo("/answer?call=7"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("answer=1&caller=vb-call-1%40127.0.0.1")));
        assertThat(log.details(ENDED)).containsExactly("exit");
    }

    @Test
    void aSubmitByGetSendsTheFormAsTheQueryAndWithoutANamelistEveryField() {
        server.serves("/next", DONE).serves("/dialog.vxml", """
                <form><field name="answer">%s<filled><submit next="next"/></filled></field></form>""".formatted(GRAMMAR));
        call("/dialog.vxml", new ScriptedCaller().pressesWhenAsked('2'));
        server.wireMock().verify(getRequestedFor(urlEqualTo("/next?answer=2")));
    }

    @Test
    void silenceIsNoinputCountedPerFieldAndRepromptPlaysTheFieldsPromptsAgain() {
        server.serves("/answer", DONE).serves("/dialog.vxml", """
                <var name="event" expr="''"/>
                <form><field name="answer">%s
                  <prompt>Press one</prompt>
                  <noinput count="1"><prompt>Again</prompt><reprompt/></noinput>
                  <noinput count="2"><assign name="event" expr="'noinput'"/>
                    <submit next="/answer" method="post" namelist="event"/></noinput>
                </field></form>""".formatted(GRAMMAR));
        ScriptedCaller caller = new ScriptedCaller();
        CallLog log = call("/dialog.vxml", caller);
        assertThat(log.details(PLAYED)).containsExactly("tts 540ms \"Press one\"", "tts 500ms \"Again\"", "tts 540ms \"Press one\"");
        assertThat(log.details(INPUT)).containsExactly("noinput", "noinput");
        assertThat(log.details(CallLog.Kind.EVENT)).containsExactly("noinput: no key within 5000ms", "noinput: no key within 5000ms");
        server.wireMock().verify(postRequestedFor(urlEqualTo("/answer")).withRequestBody(equalTo("event=noinput")));
    }

    @Test
    void aHandlerWithoutRepromptLeavesTheFieldsPromptsUnplayedNextTime() {
        server.serves("/dialog.vxml", """
                <form><field name="answer">%s
                  <prompt>Press one</prompt>
                  <noinput count="1"><log>still waiting</log></noinput>
                  <noinput count="2"><exit/></noinput>
                </field></form>""".formatted(GRAMMAR));
        ScriptedCaller caller = new ScriptedCaller();
        CallLog log = call("/dialog.vxml", caller);
        assertThat(log.details(PLAYED)).containsExactly("tts 540ms \"Press one\"");
        assertThat(caller.waits()).hasSize(2);
        assertThat(log.details(ENDED)).containsExactly("exit");
    }

    @Test
    void aKeyOutsideTheGrammarIsNomatchAndWithoutAHandlerTheFieldIsAskedAgain() {
        server.serves("/dialog.vxml", """
                <form><field name="answer">%s
                  <prompt>Press one</prompt>
                  <nomatch count="2"><prompt>Wrong again: <value expr="_event"/></prompt><exit/></nomatch>
                </field></form>""".formatted(GRAMMAR));
        CallLog log = call("/dialog.vxml", new ScriptedCaller().pressesWhenAsked('7').pressesWhenAsked('#'));
        assertThat(log.details(INPUT)).containsExactly("nomatch", "nomatch");
        assertThat(log.details(PLAYED)).containsExactly("tts 540ms \"Press one\"", "tts 540ms \"Press one\"",
                "tts 1200ms \"Wrong again: nomatch\"");
    }

    @Test
    void theFieldsTimeoutPropertyOverridesTheDocumentsAndAPromptsTimeoutOverridesBoth() {
        server.serves("/dialog.vxml", """
                <property name="timeout" value="3s"/>
                <form><field name="answer">%s
                  <property name="timeout" value="5000ms"/>
                  <prompt count="1">Press one</prompt>
                  <prompt count="2" timeout=".5s">Quickly now</prompt>
                  <noinput count="3"><exit/></noinput>
                </field>
                <field name="other">%1$s<prompt>Other</prompt><filled><exit/></filled></field></form>""".formatted(GRAMMAR));
        ScriptedCaller caller = new ScriptedCaller();
        CallLog log = call("/dialog.vxml", caller);
        assertThat(caller.waits()).containsExactly(Duration.ofSeconds(5), Duration.ofMillis(500), Duration.ofMillis(500));
        assertThat(log.details(PLAYED)).containsExactly("tts 540ms \"Press one\"", "tts 660ms \"Quickly now\"",
                "tts 660ms \"Quickly now\"");
    }

    @Test
    void eventCountersStartAfreshEachTimeTheFormIsEntered() {
        server.serves("/dialog.vxml", """
                <var name="entries" expr="0"/>
                <form id="ask"><field name="answer">%s
                  <noinput count="1"><assign name="entries" expr="entries + 1"/>
                    <if cond="entries &lt; 3"><goto next="#ask"/><else/><exit/></if></noinput>
                  <noinput count="2"><throw event="counted.on"/></noinput>
                </field></form>""".formatted(GRAMMAR));
        CallLog log = call("/dialog.vxml", new ScriptedCaller());
        assertThat(log.details(INPUT)).containsExactly("noinput", "noinput", "noinput");
        assertThat(log.details(ENDED)).containsExactly("exit");
    }

    @Test
    void aFormsFilledRunsWhenAllItsFieldsAreFilled() {
        server.serves("/dialog.vxml", """
                <form>
                  <field name="first">%s</field>
                  <field name="second">%1$s</field>
                  <filled mode="all"><prompt><value expr="first + second"/></prompt></filled>
                  <filled mode="any" namelist="first"><prompt>first</prompt></filled>
                </form>""".formatted(GRAMMAR));
        CallLog log = call("/dialog.vxml", new ScriptedCaller().pressesWhenAsked('2').pressesWhenAsked('1'));
        assertThat(log.details(PLAYED)).containsExactly("tts 500ms \"first\"", "tts 500ms \"21\"");
    }

    @Test
    void oneInterpreterRunsManyCallsAtOnceEachWithItsOwnState() throws Exception {
        server.serves("/answer", DONE).serves("/dialog.vxml", """
                <var name="caller" expr="session.connection.protocol.sip.callid"/>
                <form><field name="answer">%s<prompt>Press</prompt>
                  <filled><submit next="/answer" method="post" namelist="answer caller"/></filled>
                </field></form>""".formatted(GRAMMAR));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<CallLog>> calls = IntStream.range(0, 24).mapToObj(i -> threads.submit(() -> {
                CallLog log = new CallLog();
                ScriptedCaller caller = new ScriptedCaller().pressesWhenAsked(i % 2 == 0 ? '1' : '2');
                interpreter.run(server.uri("/dialog.vxml"), Map.of("connection.protocol.sip.callid", "call-" + i), caller, log);
                return log;
            })).toList();
            for (int i = 0; i < calls.size(); i++) {
                assertThat(calls.get(i).get().details(SUBMITTED)).containsExactly(
                        url("/answer") + " answer=" + (i % 2 == 0 ? 1 : 2) + "&caller=call-" + i);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
