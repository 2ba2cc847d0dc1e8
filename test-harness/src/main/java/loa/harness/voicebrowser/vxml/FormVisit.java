package loa.harness.voicebrowser.vxml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mozilla.javascript.Scriptable;
import org.w3c.dom.Element;

/**
 * One visit of a form (VoiceXML 2.0 Appendix C): its items and dialog scope, its event and
 * prompt counters, and what the last iteration of the form interpretation algorithm left for
 * the next. A new visit on every entry is how the counters reset. Part of one call's state.
 */
final class FormVisit {
    private final Element form;
    private final Scriptable dialogScope;
    private final List<FormItem> items;
    private final EventCounters counters = new EventCounters();
    private final Map<FormItem, Integer> promptCounters = new HashMap<>();
    private FormItem current;
    private String nextItem;
    private boolean repromptRequested;
    private boolean promptsSuppressed;

    FormVisit(Element form, Scriptable dialogScope, List<FormItem> items) {
        this.form = form;
        this.dialogScope = dialogScope;
        this.items = List.copyOf(items);
    }

    Element form() {
        return form;
    }

    Scriptable dialogScope() {
        return dialogScope;
    }

    List<FormItem> items() {
        return items;
    }

    EventCounters counters() {
        return counters;
    }

    Optional<FormItem> item(String var) {
        return items.stream().filter(item -> item.var().equals(var)).findFirst();
    }

    List<String> itemNames() {
        return items.stream().map(FormItem::var).toList();
    }

    List<String> inputItemNames() {
        return items.stream().filter(FormItem::isInput).map(FormItem::var).toList();
    }

    /** The item being visited, whose handlers and counters an event meets first; null between items. */
    FormItem current() {
        return current;
    }

    void visiting(FormItem item) {
        current = item;
    }

    /** The item a goto nextitem chose, once (§5.3.7). */
    Optional<FormItem> takeNextItem() {
        Optional<FormItem> chosen = nextItem == null ? Optional.empty() : item(nextItem);
        nextItem = null;
        return chosen;
    }

    void goTo(String item) {
        nextItem = item;
    }

    /** One more time this item's prompts are queued: the count prompts are chosen by (§4.1.6). */
    int nextPromptCount(FormItem item) {
        return promptCounters.merge(item, 1, Integer::sum);
    }

    /** {@code <clear>} of an item resets its counters as well as its variable (§5.3.3). */
    void reset(FormItem item) {
        promptCounters.remove(item);
        counters.reset(item);
    }

    void requestReprompt() {
        repromptRequested = true;
    }

    /** After a handler: without a reprompt, the next iteration queues no prompts (Appendix C). */
    void handled() {
        promptsSuppressed = !repromptRequested;
        repromptRequested = false;
    }

    /** Whether this iteration queues the item's prompts; asking uses the answer up. */
    boolean takePromptsWanted() {
        boolean wanted = !promptsSuppressed;
        promptsSuppressed = false;
        return wanted;
    }
}
