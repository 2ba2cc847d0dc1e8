package loa.vxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a fetched VoiceXML document in one pass: validates it against the W3C VoiceXML 2.1
 * schema (schemas/vxml21/, shipped beside this class) and collects the audio it plays from
 * fixed addresses. Namespace-aware, with no DOCTYPE and nothing external: documents come from
 * the network.
 */
final class VoiceXmlCheck {
    static final String NAMESPACE = "http://www.w3.org/2001/vxml";
    private static final String WHAT = "entry dialog";

    private VoiceXmlCheck() {
    }

    /** The schema, loaded afresh; a Schema is thread-safe, so load it once and share it. */
    static Schema schema() {
        URL xsd = VoiceXmlCheck.class.getResource("schemas/vxml21/vxml.xsd");
        if (xsd == null) throw new IllegalStateException("the VoiceXML schema is missing from the classpath");
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the VoiceXML schema does not load: " + e.getMessage(), e);
        }
    }

    /**
     * The {@code src} of every {@code <audio>} without an {@code expr}, in document order, each
     * once; or the document's first error, with its line.
     */
    static List<String> audioSources(byte[] document, Schema schema) throws ProbeProblem {
        AudioSources audio = new AudioSources();
        try {
            ValidatorHandler validator = schema.newValidatorHandler();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(audio);
            validator.setContentHandler(audio);
            XMLReader reader = reader();
            reader.setErrorHandler(audio);
            reader.setContentHandler(validator);
            reader.parse(new InputSource(new ByteArrayInputStream(document)));
        } catch (SAXParseException e) {
            throw new ProbeProblem(WHAT + " line " + e.getLineNumber() + ": " + readable(e.getMessage()));
        } catch (SAXException | IOException e) {
            throw new ProbeProblem(WHAT + ": " + ProbeProblem.oneLine(e));
        }
        return new ArrayList<>(audio.sources);
    }

    /** The schema's complaint without the VoiceXML namespace on every element it names: '{field}', not '{"http://...":field}'. */
    private static String readable(String message) {
        return ProbeProblem.flat(message).replace("\"" + NAMESPACE + "\":", "");
    }

    private static XMLReader reader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }

    /**
     * Collects as it goes (the validator passes on only what it has checked), and ends the check
     * at the first error: the parsers' default handlers would print it to standard error instead.
     */
    private static final class AudioSources extends DefaultHandler {
        final Set<String> sources = new LinkedHashSet<>();

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!NAMESPACE.equals(uri) || !localName.equals("audio") || attributes.getValue("expr") != null) return;
            String src = attributes.getValue("src");
            if (src != null) sources.add(src);
        }
    }
}
