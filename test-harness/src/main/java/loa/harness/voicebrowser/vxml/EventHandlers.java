package loa.harness.voicebrowser.vxml;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import loa.harness.voicebrowser.CallLog.Kind;
import org.mozilla.javascript.Undefined;
import org.w3c.dom.Element;

/**
 * Finds and runs the handler for an event (VoiceXML 2.0 §5.2.4), or does what the platform
 * does by default (§5.2.5): reprompt for input events, exit for the others, which for an
 * error means the call ends in error. Stateless.
 */
final class EventHandlers {
    private static final Set<String> HANDLERS = Set.of("catch", "error", "noinput", "nomatch", "help");
    /** The events whose default handler reprompts (§5.2.5); cancel's does nothing. */
    private static final List<String> REPROMPTED = List.of("noinput", "nomatch", "help", "maxspeechtimeout");

    private final ExecutableContent content;

    EventHandlers(ExecutableContent content) {
        this.content = content;
    }

    /** Handles {@code first}, then whatever event its handler throws in turn, all in {@code where}. */
    void dispatch(VxmlEvent first, EventScope where) {
        for (VxmlEvent event = first; event != null; ) event = handle(event, where);
    }

    /** @return the event the handler threw, or null */
    private VxmlEvent handle(VxmlEvent event, EventScope where) {
        Call call = where.frame().call();
        call.step();
        call.log().add(Kind.EVENT, event.describe());
        int count = where.counters().increment(where.owner(), event.name());
        try {
            Optional<Element> handler = select(event, count, where);
            if (handler.isPresent()) run(handler.get(), event, where.frame());
            else byDefault(event, where.frame());
            return null;
        } catch (VxmlEvent next) {
            return next;
        }
    }

    /**
     * All handlers in scope that catch the event and whose cond holds, innermost scope first and
     * then in document order; of those, the first with the highest count not above the event's.
     */
    private static Optional<Element> select(VxmlEvent event, int count, EventScope where) {
        List<Element> candidates = where.elements().stream().flatMap(scope -> Vxml.children(scope).stream())
                .filter(handler -> catches(handler, event) && where.frame().holds(Vxml.attr(handler, "cond"))).toList();
        int correct = candidates.stream().mapToInt(EventHandlers::count).filter(c -> c <= count).max().orElse(0);
        return candidates.stream().filter(handler -> count(handler) == correct).findFirst();
    }

    /** {@code <noinput>} is short for {@code <catch event="noinput">} (§5.2.3); a catch without event catches all. */
    private static boolean catches(Element handler, VxmlEvent event) {
        if (!HANDLERS.contains(handler.getLocalName())) return false;
        String names = handler.getLocalName().equals("catch") ? Vxml.attr(handler, "event") : handler.getLocalName();
        if (names == null || names.isBlank()) return true;
        for (String name : names.strip().split("\\s+")) if (event.isA(name)) return true;
        return false;
    }

    private static int count(Element handler) {
        String count = Vxml.attr(handler, "count");
        try {
            return count == null ? 1 : Integer.parseInt(count.strip());
        } catch (NumberFormatException e) {
            throw new VxmlEvent(VxmlEvent.SEMANTIC, "handler count is not a number: " + count);
        }
    }

    /** In an anonymous scope with {@code _event} and {@code _message} (§5.2.2). */
    private void run(Element handler, VxmlEvent event, Frame frame) {
        Frame inside = frame.anonymous();
        inside.call().scripts().declare(inside.scope(), "_event", event.name());
        inside.call().scripts().declare(inside.scope(), "_message", event.getMessage() == null ? Undefined.instance : event.getMessage());
        content.run(Vxml.content(handler), inside);
    }

    private static void byDefault(VxmlEvent event, Frame frame) {
        if (event.isA("cancel")) return;
        if (REPROMPTED.stream().anyMatch(event::isA)) {
            if (frame.form() != null) frame.form().requestReprompt();
            return;
        }
        if (event.isA("connection.disconnect")) throw frame.call().end(Ending.EXIT, event.describe());
        throw frame.call().end(Ending.ERROR, "unhandled " + event.describe());
    }
}
