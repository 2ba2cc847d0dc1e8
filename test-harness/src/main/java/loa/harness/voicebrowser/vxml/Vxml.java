package loa.harness.voicebrowser.vxml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading VoiceXML markup from the DOM. Only elements in the VoiceXML namespace count: a
 * document that forgot the namespace is not VoiceXML 2.1, and a browser should say so. An
 * attribute that is absent is null here, not the DOM's empty string.
 */
final class Vxml {
    static final String NAMESPACE = "http://www.w3.org/2001/vxml";

    private Vxml() {
    }

    static boolean isVxml(Node node) {
        return node.getNodeType() == Node.ELEMENT_NODE && NAMESPACE.equals(node.getNamespaceURI());
    }

    static boolean is(Node node, String localName) {
        return isVxml(node) && localName.equals(node.getLocalName());
    }

    /** The VoiceXML child elements, in document order. */
    static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (isVxml(node)) found.add((Element) node);
        }
        return found;
    }

    /** The VoiceXML child elements with one of these names, in document order. */
    static List<Element> children(Element parent, String... localNames) {
        Set<String> names = Set.of(localNames);
        return children(parent).stream().filter(child -> names.contains(child.getLocalName())).toList();
    }

    /** Every child node (elements and text), in document order: executable content. */
    static List<Node> content(Element parent) {
        List<Node> nodes = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) nodes.add(node);
        return nodes;
    }

    static String attr(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    /** The text inside, whitespace collapsed as speech would. */
    static String text(Node node) {
        return node.getTextContent().strip().replaceAll("\\s+", " ");
    }

    static boolean isText(Node node) {
        return node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE;
    }

    /** An element as log lines name it: {@code <field name="answer">}. */
    static String describe(Element element) {
        String name = attr(element, "name") != null ? attr(element, "name") : attr(element, "id");
        return "<" + element.getLocalName() + (name == null ? "" : " " + name) + ">";
    }
}
