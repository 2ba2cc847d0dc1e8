package loa.harness.voicebrowser.vxml;

import java.time.Duration;
import java.util.Optional;
import loa.harness.voicebrowser.CallLog.Kind;
import loa.harness.voicebrowser.HangUpException;

/**
 * A field's collect phase (VoiceXML 2.0 Appendix C): plays the queue, then waits for a key as
 * long as the last prompt's timeout or the timeout property says. A key the grammar takes is
 * the field's value; any other is nomatch; none in time is noinput. Stateless.
 */
final class FieldCollector {
    private final PromptPlayer player;

    FieldCollector(PromptPlayer player) {
        this.player = player;
    }

    /** @return the key, as the field's value */
    String collect(Call call, FormItem field) {
        if (!call.connected()) throw call.end(Ending.EXIT, "nobody on the line to answer " + Vxml.describe(field.element()));
        DtmfGrammar grammar = DtmfGrammar.of(field.element());
        Duration property = Properties.timeout(field.element());
        Duration timeout = player.flush(call).orElse(property);
        Optional<Character> key = nextDigit(call, timeout);
        if (key.isEmpty()) throw input(call, VxmlEvent.NOINPUT, "no key within " + timeout.toMillis() + "ms");
        if (!grammar.accepts(key.get())) throw input(call, VxmlEvent.NOMATCH, "key " + key.get() + " is not in the grammar");
        call.log().add(Kind.INPUT, key.get().toString());
        return key.get().toString();
    }

    private static Optional<Character> nextDigit(Call call, Duration timeout) {
        try {
            return call.media().nextDigit(timeout);
        } catch (HangUpException e) {
            throw call.callerHungUp();
        }
    }

    private static VxmlEvent input(Call call, String event, String message) {
        call.log().add(Kind.INPUT, event);
        return new VxmlEvent(event, message);
    }
}
