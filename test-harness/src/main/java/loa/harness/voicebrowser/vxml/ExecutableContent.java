package loa.harness.voicebrowser.vxml;

import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Undefined;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Runs executable content (VoiceXML 2.0 §5.3): the inside of blocks, filleds and handlers, and
 * a document's or form's variables and scripts. Text, audio and value straight inside are
 * prompts of their own. An element this browser does not know is error.unsupported.<name>, so
 * a dialog that needs more than the subset fails loudly. Stateless.
 */
final class ExecutableContent {
    private static final Logger log = LoggerFactory.getLogger(ExecutableContent.class);

    private final PromptReader reader;
    private final PromptPlayer player;
    private final Navigation navigation;

    ExecutableContent(PromptReader reader, PromptPlayer player, Navigation navigation) {
        this.reader = reader;
        this.player = player;
        this.navigation = navigation;
    }

    void run(List<Node> content, Frame frame) {
        for (Node node : content) {
            if (Vxml.isText(node) && node.getNodeValue().isBlank()) continue;
            frame.call().step();
            if (Vxml.isText(node)) frame.call().queue(reader.implicit(node, frame));
            else if (Vxml.isVxml(node)) execute((Element) node, frame);
        }
    }

    void execute(Element element, Frame frame) {
        switch (element.getLocalName()) {
            case "var" -> frame.call().scripts().declare(frame.scope(), Vxml.attr(element, "name"), initial(element, frame));
            case "assign" -> frame.call().scripts().assign(Vxml.attr(element, "name"), frame.eval(Vxml.attr(element, "expr")), frame.scope());
            case "script" -> script(element, frame);
            case "if" -> run(chosenBranch(element, frame), frame);
            case "prompt" -> {
                if (frame.holds(Vxml.attr(element, "cond"))) frame.call().queue(reader.read(element, frame));
            }
            case "audio", "value", "break" -> frame.call().queue(reader.implicit(element, frame));
            case "goto" -> navigation.goTo(element, frame);
            case "submit" -> navigation.submit(element, frame);
            case "exit" -> exit(frame);
            case "disconnect" -> disconnect(frame);
            case "throw" -> throw thrown(element, frame);
            case "clear" -> clear(element, frame);
            case "reprompt" -> {
                if (frame.form() != null) frame.form().requestReprompt();
            }
            case "log" -> log.info("<log> {}", logged(element, frame));
            default -> throw VxmlEvent.unsupported(element.getLocalName(), "not in this voice browser's subset");
        }
    }

    private static Object initial(Element var, Frame frame) {
        String expr = Vxml.attr(var, "expr");
        return expr == null ? Undefined.instance : frame.eval(expr);
    }

    private static void script(Element script, Frame frame) {
        if (Vxml.attr(script, "src") != null) throw VxmlEvent.unsupported("script", "external scripts (src)");
        frame.call().scripts().eval(script.getTextContent(), frame.scope());
    }

    /** The content of the first of if, elseif, else whose condition holds (§5.3.4); later conditions are not evaluated. */
    private static List<Node> chosenBranch(Element conditional, Frame frame) {
        List<Node> branch = new ArrayList<>();
        boolean taking = frame.holds(Vxml.attr(conditional, "cond"));
        boolean decided = taking;
        for (Node node : Vxml.content(conditional)) {
            if (Vxml.is(node, "elseif") || Vxml.is(node, "else")) {
                taking = !decided && (Vxml.is(node, "else") || frame.holds(Vxml.attr((Element) node, "cond")));
                decided |= taking;
            } else if (taking) {
                branch.add(node);
            }
        }
        return branch;
    }

    private static String logged(Element element, Frame frame) {
        String expr = Vxml.attr(element, "expr");
        return (Vxml.text(element) + " " + (expr == null ? "" : frame.valueOf(null, expr))).strip();
    }

    private void exit(Frame frame) {
        player.flush(frame.call());
        throw frame.call().end(Ending.EXIT, "exit");
    }

    /** Hangs up, after the queued prompts; the dialog may still catch connection.disconnect.hangup (§5.3.11). */
    private void disconnect(Frame frame) {
        player.flush(frame.call());
        if (!frame.call().connected()) throw frame.call().end(Ending.DISCONNECT, "disconnect after the call ended");
        throw frame.call().disconnect();
    }

    private static VxmlEvent thrown(Element element, Frame frame) {
        String event = frame.valueOf(Vxml.attr(element, "event"), Vxml.attr(element, "eventexpr"));
        if (event == null || event.isBlank()) throw new VxmlEvent(VxmlEvent.SEMANTIC, "<throw> names no event");
        return new VxmlEvent(event.strip(), frame.valueOf(Vxml.attr(element, "message"), Vxml.attr(element, "messageexpr")));
    }

    private static void clear(Element element, Frame frame) {
        String namelist = Vxml.attr(element, "namelist");
        List<String> names = namelist != null ? List.of(namelist.strip().split("\\s+"))
                : frame.form() == null ? List.of() : frame.form().itemNames();
        for (String name : names) {
            frame.call().scripts().assign(name, Undefined.instance, frame.scope());
            if (frame.form() != null) frame.form().item(name).ifPresent(frame.form()::reset);
        }
    }
}
