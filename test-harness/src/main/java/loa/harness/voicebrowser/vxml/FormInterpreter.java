package loa.harness.voicebrowser.vxml;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.mozilla.javascript.Undefined;
import org.w3c.dom.Element;

/**
 * The form interpretation algorithm (VoiceXML 2.0 §2.1.6, Appendix C) for blocks and fields:
 * select the first item whose variable is undefined and whose cond holds, visit it, handle what
 * it throws in its scope; when no item is left, the dialog exits. Leaves only by a Transition
 * out of the form or the end of the call. Stateless: a form's state is its {@link FormVisit}.
 */
final class FormInterpreter {
    private final ExecutableContent content;
    private final PromptReader reader;
    private final PromptPlayer player;
    private final FieldCollector collector;
    private final EventHandlers handlers;

    FormInterpreter(ExecutableContent content, PromptReader reader, PromptPlayer player, FieldCollector collector,
                    EventHandlers handlers) {
        this.content = content;
        this.reader = reader;
        this.player = player;
        this.collector = collector;
        this.handlers = handlers;
    }

    void run(Call call, Element form) {
        FormVisit visit = enter(call, form);
        while (true) {
            call.step();
            try {
                iterate(call, visit);
            } catch (Transition transition) {
                if (transition.leavesForm()) throw transition;
                visit.goTo(transition.item());
            }
        }
    }

    /** A new dialog scope, then the form's variables, scripts and item variables in document order (§2.1.6.1). */
    private FormVisit enter(Call call, Element form) {
        if (Vxml.is(form, "menu")) throw VxmlEvent.unsupported("menu", "not in this voice browser's subset");
        FormVisit visit = new FormVisit(form, call.scripts().newDialogScope(call.documentScope()), FormItem.of(form));
        Iterator<FormItem> items = visit.items().iterator();
        for (Element child : Vxml.children(form)) {
            try {
                if (FormItem.isFormItem(child)) declare(items.next(), frame(call, visit));
                else if (Vxml.is(child, "var") || Vxml.is(child, "script")) content.execute(child, frame(call, visit));
            } catch (VxmlEvent event) {
                handle(call, visit, event);
            }
        }
        return visit;
    }

    private static void declare(FormItem item, Frame frame) {
        String expr = Vxml.attr(item.element(), "expr");
        frame.call().scripts().declare(frame.scope(), item.var(), expr == null ? Undefined.instance : frame.eval(expr));
    }

    private void iterate(Call call, FormVisit visit) {
        try {
            visit.visiting(null);
            FormItem item = select(call, visit).orElseThrow(() -> finish(call, visit));
            visit.visiting(item);
            visitItem(call, visit, item);
            visit.visiting(null);
            if (item.isInput()) formFilled(call, visit, item);
        } catch (VxmlEvent event) {
            handle(call, visit, event);
        }
    }

    private static Optional<FormItem> select(Call call, FormVisit visit) {
        Optional<FormItem> chosen = visit.takeNextItem();
        if (chosen.isPresent()) return chosen;
        Frame frame = frame(call, visit);
        return visit.items().stream()
                .filter(item -> Scripts.isUndefined(call.scripts().lookup(item.var(), visit.dialogScope())))
                .filter(item -> frame.holds(Vxml.attr(item.element(), "cond")))
                .findFirst();
    }

    /** Nothing left to visit: the queued prompts are played and the dialog exits (Appendix C). */
    private CallEnded finish(Call call, FormVisit visit) {
        player.flush(call);
        return call.end(Ending.EXIT, "form " + Vxml.describe(visit.form()) + " has nothing left to visit");
    }

    private void visitItem(Call call, FormVisit visit, FormItem item) {
        Frame frame = frame(call, visit);
        if (item.kind() == FormItem.Kind.UNSUPPORTED) {
            throw VxmlEvent.unsupported(item.element().getLocalName(), "form item not in this voice browser's subset");
        }
        if (item.kind() == FormItem.Kind.BLOCK) {
            call.scripts().declare(visit.dialogScope(), item.var(), Boolean.TRUE);
            content.run(Vxml.content(item.element()), frame.anonymous());
            return;
        }
        if (visit.takePromptsWanted()) reader.select(item.element(), visit.nextPromptCount(item), frame).forEach(call::queue);
        String key = collector.collect(call, item);
        call.scripts().declare(visit.dialogScope(), item.var(), key);
        for (Element filled : Vxml.children(item.element(), "filled")) content.run(Vxml.content(filled), frame.anonymous());
    }

    /** The form's own filleds (§2.4): mode all waits for every name in the namelist, any for one. */
    private void formFilled(Call call, FormVisit visit, FormItem justFilled) {
        for (Element filled : Vxml.children(visit.form(), "filled")) {
            String namelist = Vxml.attr(filled, "namelist");
            List<String> names = namelist == null ? visit.inputItemNames() : List.of(namelist.strip().split("\\s+"));
            if (!names.contains(justFilled.var())) continue;
            boolean any = "any".equals(Vxml.attr(filled, "mode"));
            if (!any && names.stream().anyMatch(name -> Scripts.isUndefined(call.scripts().lookup(name, visit.dialogScope())))) continue;
            content.run(Vxml.content(filled), frame(call, visit).anonymous());
        }
    }

    /** An event in the scope of the item being visited, else of the form, then the document. */
    private void handle(Call call, FormVisit visit, VxmlEvent event) {
        FormItem item = visit.current();
        List<Element> scopes = item == null ? List.of(visit.form(), call.document().root())
                : List.of(item.element(), visit.form(), call.document().root());
        handlers.dispatch(event, new EventScope(scopes, visit.counters(), item == null ? visit : item, frame(call, visit)));
        visit.handled();
    }

    private static Frame frame(Call call, FormVisit visit) {
        return new Frame(call, visit.dialogScope(), visit);
    }
}
