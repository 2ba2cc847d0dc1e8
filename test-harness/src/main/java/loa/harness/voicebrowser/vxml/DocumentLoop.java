package loa.harness.voicebrowser.vxml;

import java.net.URI;
import java.util.List;
import loa.harness.voicebrowser.CallLog.Kind;
import org.w3c.dom.Element;

/**
 * A call from its first document to its end: fetch, initialise the document's variables and
 * scripts (VoiceXML 2.0 §5.1.2), run the form the fragment names (or the first), and follow
 * every transition to the next form or document. Ends only by {@link CallEnded}. Stateless.
 */
final class DocumentLoop {
    private final Fetcher fetcher;
    private final FormInterpreter forms;
    private final ExecutableContent content;
    private final EventHandlers handlers;

    DocumentLoop(Fetcher fetcher, FormInterpreter forms, ExecutableContent content, EventHandlers handlers) {
        this.fetcher = fetcher;
        this.forms = forms;
        this.content = content;
        this.handlers = handlers;
    }

    void run(Call call, URI entry) {
        Transition next = first(call, entry);
        while (true) {
            try {
                follow(call, next);
            } catch (Transition transition) {
                next = transition;
            }
        }
    }

    /** The first document: with no dialog yet to catch it, a failed fetch ends the call. */
    private Transition first(Call call, URI entry) {
        try {
            return Transition.toDocument(fetcher.get(call, Navigation.withoutFragment(entry)), entry.getFragment());
        } catch (VxmlEvent event) {
            call.log().add(Kind.EVENT, event.describe());
            throw call.end(Ending.ERROR, "unhandled " + event.describe());
        }
    }

    private void follow(Call call, Transition transition) {
        if (!transition.leavesForm()) throw call.end(Ending.ERROR, "goto nextitem " + transition.item() + " outside a form");
        if (transition.leavesDocument()) initialise(call, transition.document());
        try {
            Element form = call.document().form(transition.formId()).orElseThrow(() -> new VxmlEvent(VxmlEvent.BADFETCH,
                    call.document().uri() + " has no form" + (transition.formId() == null ? "" : " #" + transition.formId())));
            forms.run(call, form);
        } catch (VxmlEvent event) {
            handlers.dispatch(event, documentScope(call));
        }
    }

    /** A new document scope and the document's var and script elements, in document order. */
    private void initialise(Call call, VxmlDocument document) {
        call.enter(document, call.scripts().newDocumentScope());
        EventScope scope = documentScope(call);
        if (Vxml.attr(document.root(), "application") != null) {
            handlers.dispatch(VxmlEvent.unsupported("application", "application root documents"), scope);
        }
        for (Element element : Vxml.children(document.root(), "var", "script")) {
            try {
                content.execute(element, scope.frame());
            } catch (VxmlEvent event) {
                handlers.dispatch(event, scope);
            }
        }
    }

    private static EventScope documentScope(Call call) {
        return new EventScope(List.of(call.document().root()), new EventCounters(), call.document(),
                new Frame(call, call.documentScope(), null));
    }
}
