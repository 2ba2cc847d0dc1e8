package loa.harness.voicebrowser.vxml;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/**
 * {@code <goto>} and {@code <submit>} (VoiceXML 2.0 §5.3.7, §5.3.8): the queued prompts are
 * played, the next document fetched here, in the scope of the element that asked, so a failed
 * fetch is an event its handlers can catch; then a {@link Transition} leaves for it. Stateless.
 */
final class Navigation {
    private static final String FORM = "application/x-www-form-urlencoded";

    private final Fetcher fetcher;
    private final PromptPlayer player;

    Navigation(Fetcher fetcher, PromptPlayer player) {
        this.fetcher = fetcher;
        this.player = player;
    }

    void goTo(Element element, Frame frame) {
        String item = frame.valueOf(Vxml.attr(element, "nextitem"), Vxml.attr(element, "expritem"));
        if (item != null) throw toItem(item, frame);
        String next = target(element, frame);
        if (next.startsWith("#")) throw toForm(next.substring(1), frame);
        URI uri = frame.resolve(next);
        player.flush(frame.call());
        throw arrive(fetcher.get(frame.call(), withoutFragment(uri)), uri.getFragment());
    }

    void submit(Element element, Frame frame) {
        URI uri = frame.resolve(target(element, frame));
        SubmitMethod method = SubmitMethod.of(Vxml.attr(element, "method"));
        String enctype = Vxml.attr(element, "enctype");
        if (enctype != null && !enctype.strip().equals(FORM)) throw VxmlEvent.unsupported("submit", "enctype " + enctype);
        String form = encode(names(element, frame), frame);
        player.flush(frame.call());
        throw arrive(fetcher.submit(frame.call(), withoutFragment(uri), method, form), uri.getFragment());
    }

    private static String target(Element element, Frame frame) {
        String next = frame.valueOf(Vxml.attr(element, "next"), Vxml.attr(element, "expr"));
        if (next == null || next.isBlank()) throw new VxmlEvent(VxmlEvent.BADFETCH, Vxml.describe(element) + " names no URI");
        return next.strip();
    }

    /** The namelist; without one, every input item of the form (§5.3.8). */
    private static List<String> names(Element submit, Frame frame) {
        String namelist = Vxml.attr(submit, "namelist");
        if (namelist != null) return List.of(namelist.strip().split("\\s+"));
        return frame.form() == null ? List.of() : frame.form().inputItemNames();
    }

    private static String encode(List<String> names, Frame frame) {
        return names.stream().filter(name -> !name.isEmpty())
                .map(name -> encoded(name) + "=" + encoded(Scripts.string(frame.eval(name))))
                .collect(Collectors.joining("&"));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Transition toItem(String item, Frame frame) {
        if (frame.form() == null || frame.form().item(item).isEmpty()) {
            throw new VxmlEvent(VxmlEvent.BADFETCH, "goto nextitem: no form item named " + item);
        }
        return Transition.toItem(item);
    }

    private static Transition toForm(String id, Frame frame) {
        if (frame.call().document().form(id).isEmpty()) throw new VxmlEvent(VxmlEvent.BADFETCH, "goto: no form #" + id);
        return Transition.toForm(id);
    }

    /** A document fetched; the form its URI's fragment names must be in it. */
    private static Transition arrive(VxmlDocument document, String formId) {
        if (document.form(formId).isEmpty()) {
            throw new VxmlEvent(VxmlEvent.BADFETCH, document.uri() + (formId == null ? " has no form" : " has no form #" + formId));
        }
        return Transition.toDocument(document, formId);
    }

    static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? uri : URI.create(text.substring(0, hash));
    }
}
