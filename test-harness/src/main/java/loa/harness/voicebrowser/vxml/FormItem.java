package loa.harness.voicebrowser.vxml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/** A form item (VoiceXML 2.0 §2.1.2) and its form item variable; unnamed items get a name of their own. */
record FormItem(Element element, String var, Kind kind) {

    /** The form items this browser visits; visiting an unsupported one throws error.unsupported.<name>. */
    enum Kind { BLOCK, FIELD, UNSUPPORTED }

    /** Form items the spec has and this browser does not. */
    private static final Set<String> UNSUPPORTED = Set.of("initial", "subdialog", "object", "record", "transfer");

    static boolean isFormItem(Element element) {
        return Vxml.is(element, "block") || Vxml.is(element, "field") || UNSUPPORTED.contains(element.getLocalName());
    }

    /** The item {@code element}, the {@code index}th of its form. */
    static FormItem of(Element element, int index) {
        String name = element.getLocalName();
        Kind kind = UNSUPPORTED.contains(name) ? Kind.UNSUPPORTED : name.equals("block") ? Kind.BLOCK : Kind.FIELD;
        String var = Vxml.attr(element, "name");
        return new FormItem(element, var != null ? var : "_item" + index, kind);
    }

    /** The form's items, in document order. */
    static List<FormItem> of(Element form) {
        List<FormItem> items = new ArrayList<>();
        for (Element child : Vxml.children(form)) if (isFormItem(child)) items.add(of(child, items.size() + 1));
        return items;
    }

    boolean isInput() {
        return kind == Kind.FIELD;
    }
}
