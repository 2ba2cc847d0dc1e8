package loa.harness.voicebrowser.vxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** A fetched VoiceXML document: where it came from (relative URIs resolve against it) and its root. */
record VxmlDocument(URI uri, Element root) {

    /** Parses a response body; anything but well-formed VoiceXML 2.x is error.badfetch (VoiceXML 2.0 §5.2.6). */
    static VxmlDocument parse(URI uri, byte[] body) {
        Element root;
        try {
            root = builder().parse(new ByteArrayInputStream(body), uri.toString()).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new VxmlEvent(VxmlEvent.BADFETCH, uri + " is not well-formed XML: " + e.getMessage());
        }
        if (!Vxml.is(root, "vxml")) {
            throw new VxmlEvent(VxmlEvent.BADFETCH, uri + " is not VoiceXML: its root is {" + root.getNamespaceURI()
                    + "}" + root.getLocalName() + ", not {" + Vxml.NAMESPACE + "}vxml");
        }
        return new VxmlDocument(uri, root);
    }

    /** The form with this id, or the first dialog when {@code id} is null. */
    Optional<Element> form(String id) {
        return Vxml.children(root, "form", "menu").stream()
                .filter(dialog -> id == null || id.equals(Vxml.attr(dialog, "id")))
                .findFirst();
    }

    /** Namespace-aware, and deaf to external entities and DTDs: documents come from the network. */
    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(QUIET);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }

    /** The parser's default handler prints to standard error; a fatal error is thrown anyway. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };
}
