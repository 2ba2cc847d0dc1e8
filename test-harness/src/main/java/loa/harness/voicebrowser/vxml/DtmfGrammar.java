package loa.harness.voicebrowser.vxml;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The keys a field's inline DTMF grammars take (SRGS 1.0: {@code <rule>}, {@code <one-of>},
 * {@code <item>}), single keys only: an item of more than one key is never matched. Voice
 * grammars are for speech, which this browser does not hear. SRGS elements count whether they
 * are in the VoiceXML namespace (as loa writes them) or the SRGS one.
 */
record DtmfGrammar(Set<String> keys) {
    private static final Pattern KEY = Pattern.compile("[0-9*#A-D]");

    static DtmfGrammar of(Element field) {
        if (Vxml.attr(field, "type") != null) throw VxmlEvent.unsupported("builtin", "builtin grammar type " + Vxml.attr(field, "type"));
        Set<String> keys = new HashSet<>();
        for (Element grammar : Vxml.children(field, "grammar")) {
            if (!"dtmf".equals(Vxml.attr(grammar, "mode"))) continue;
            if (Vxml.attr(grammar, "src") != null) throw new VxmlEvent("error.unsupported.format", "external grammar " + Vxml.attr(grammar, "src"));
            collect(root(grammar), keys);
        }
        return new DtmfGrammar(Set.copyOf(keys));
    }

    boolean accepts(char key) {
        return keys.contains(String.valueOf(key));
    }

    /** The rule the grammar's root attribute names, or the whole grammar. */
    private static Element root(Element grammar) {
        String root = Vxml.attr(grammar, "root");
        NodeList rules = grammar.getElementsByTagNameNS("*", "rule");
        for (int i = 0; i < rules.getLength(); i++) {
            Element rule = (Element) rules.item(i);
            if (root != null && root.equals(Vxml.attr(rule, "id"))) return rule;
        }
        return grammar;
    }

    private static void collect(Element within, Set<String> keys) {
        NodeList items = within.getElementsByTagNameNS("*", "item");
        for (int i = 0; i < items.getLength(); i++) {
            String key = ownText(items.item(i));
            if (KEY.matcher(key).matches()) keys.add(key);
        }
    }

    /** The item's own words, not those of a tag or a nested item inside it. */
    private static String ownText(Node item) {
        StringBuilder text = new StringBuilder();
        for (Node node = item.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (Vxml.isText(node)) text.append(node.getNodeValue());
        }
        return text.toString().strip();
    }
}
