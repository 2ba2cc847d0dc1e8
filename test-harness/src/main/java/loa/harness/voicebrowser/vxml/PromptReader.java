package loa.harness.voicebrowser.vxml;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import loa.harness.voicebrowser.vxml.QueuedPrompt.Audio;
import loa.harness.voicebrowser.vxml.QueuedPrompt.Pause;
import loa.harness.voicebrowser.vxml.QueuedPrompt.Speech;
import loa.harness.voicebrowser.vxml.QueuedPrompt.Text;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns prompt markup into queued prompts (VoiceXML 2.0 §4.1): text and {@code <value>} are
 * spoken, {@code <audio>} played with its content as fallback, {@code <break>} a pause; other
 * speech markup (s, p, emphasis, say-as...) counts only for the text inside it. Stateless.
 */
final class PromptReader {
    /** SSML break strengths as pauses; the spec leaves their lengths to the platform. */
    private static final Map<String, Duration> STRENGTHS = Map.of("none", Duration.ZERO, "x-weak", Duration.ofMillis(100),
            "weak", Duration.ofMillis(250), "medium", Duration.ofMillis(500), "strong", Duration.ofMillis(750),
            "x-strong", Duration.ofMillis(1000));

    /** A form item's prompts for its prompt counter (§4.1.6): those whose cond holds, with the highest count not above it. */
    List<QueuedPrompt> select(Element item, int counter, Frame frame) {
        List<Element> eligible = Vxml.children(item, "prompt").stream().filter(p -> frame.holds(Vxml.attr(p, "cond"))).toList();
        int chosen = eligible.stream().mapToInt(PromptReader::count).filter(count -> count <= counter).max().orElse(0);
        return eligible.stream().filter(p -> count(p) == chosen).map(p -> read(p, frame)).toList();
    }

    QueuedPrompt read(Element prompt, Frame frame) {
        String bargein = Vxml.attr(prompt, "bargein");
        String timeout = Vxml.attr(prompt, "timeout");
        return new QueuedPrompt(parts(prompt, frame),
                bargein == null ? Properties.bargein(prompt) : !bargein.strip().equals("false"),
                timeout == null ? null : Properties.time(timeout));
    }

    /** Text, audio, value or break straight in executable content: a prompt of its own (§4.1). */
    QueuedPrompt implicit(Node node, Frame frame) {
        Speaking speaking = new Speaking();
        speak(node, frame, speaking);
        return new QueuedPrompt(speaking.done(), Properties.bargein((Element) node.getParentNode()), null);
    }

    private List<Speech> parts(Element prompt, Frame frame) {
        Speaking speaking = new Speaking();
        for (Node node : Vxml.content(prompt)) speak(node, frame, speaking);
        return speaking.done();
    }

    private void speak(Node node, Frame frame, Speaking speaking) {
        if (Vxml.isText(node)) speaking.say(node.getNodeValue());
        else if (Vxml.is(node, "audio")) speaking.add(audio((Element) node, frame));
        else if (Vxml.is(node, "value")) speaking.say(Scripts.string(frame.eval(Vxml.attr((Element) node, "expr"))));
        else if (Vxml.is(node, "break")) speaking.add(new Pause(pause((Element) node)));
        else if (node.getNodeType() == Node.ELEMENT_NODE) for (Node inner : Vxml.content((Element) node)) speak(inner, frame, speaking);
    }

    /** An audio whose src or expr names no URI is played as its fallback, as one that cannot be fetched. */
    private static Audio audio(Element audio, Frame frame) {
        String src = frame.valueOf(Vxml.attr(audio, "src"), Vxml.attr(audio, "expr"));
        try {
            return new Audio(src == null || src.isBlank() ? null : frame.resolve(src), Vxml.text(audio));
        } catch (VxmlEvent notAUri) {
            return new Audio(null, Vxml.text(audio));
        }
    }

    private static Duration pause(Element pause) {
        String time = Vxml.attr(pause, "time");
        if (time != null) return Properties.time(time);
        return STRENGTHS.getOrDefault(String.valueOf(Vxml.attr(pause, "strength")), STRENGTHS.get("medium"));
    }

    private static int count(Element prompt) {
        String count = Vxml.attr(prompt, "count");
        try {
            return count == null ? 1 : Integer.parseInt(count.strip());
        } catch (NumberFormatException e) {
            throw new VxmlEvent(VxmlEvent.SEMANTIC, "prompt count is not a number: " + count);
        }
    }

    /** The pieces of one prompt: runs of text become one piece, broken by audio and pauses. */
    private static final class Speaking {
        private final List<Speech> parts = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        void say(String words) {
            text.append(words).append(' ');
        }

        void add(Speech part) {
            endText();
            parts.add(part);
        }

        List<Speech> done() {
            endText();
            return List.copyOf(parts);
        }

        private void endText() {
            String words = text.toString().strip().replaceAll("\\s+", " ");
            if (!words.isEmpty()) parts.add(new Text(words));
            text.setLength(0);
        }
    }
}
