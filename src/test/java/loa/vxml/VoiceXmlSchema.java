package loa.vxml;

import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The W3C VoiceXML 2.1 schema (with SRGS and SSML), from the copy loa ships (loa/vxml/schemas/). */
final class VoiceXmlSchema {
    private static final Schema SCHEMA = load();

    private VoiceXmlSchema() {
    }

    /** Throws with the schema's complaint when {@code document} is not valid VoiceXML 2.1. */
    static void validate(String document) throws Exception {
        SCHEMA.newValidator().validate(new StreamSource(new StringReader(document)));
    }

    private static Schema load() {
        URL xsd = VoiceXmlSchema.class.getResource("/loa/vxml/schemas/vxml21/vxml.xsd");
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
