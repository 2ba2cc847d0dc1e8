package loa.harness.voicebrowser.vxml;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * VoiceXML properties (§6.3) as this browser reads them: the nearest {@code <property>} on the
 * way up from an element to the document. Only {@code timeout} and {@code bargein} matter here.
 */
final class Properties {
    /** The spec leaves the platform's timeout to the platform (§6.3.2); 5 s is common. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** A CSS2 time designation (§6.5): a non-negative real number and s or ms. */
    private static final Pattern TIME = Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(s|ms)");

    private Properties() {
    }

    static Duration timeout(Element from) {
        return nearest(from, "timeout").map(Properties::time).orElse(DEFAULT_TIMEOUT);
    }

    /** Prompts may be cut short by a key unless said otherwise (§4.1.5). */
    static boolean bargein(Element from) {
        return nearest(from, "bargein").map(value -> !value.strip().equals("false")).orElse(true);
    }

    static Optional<String> nearest(Element from, String name) {
        for (Node at = from; at instanceof Element element; at = at.getParentNode()) {
            for (Element property : Vxml.children(element, "property")) {
                if (name.equals(Vxml.attr(property, "name")) && Vxml.attr(property, "value") != null) {
                    return Optional.of(Vxml.attr(property, "value"));
                }
            }
        }
        return Optional.empty();
    }

    /** "5s", "5000ms", ".5s"; anything else is error.semantic, as a browser would refuse it. */
    static Duration time(String designation) {
        Matcher matcher = TIME.matcher(designation.strip());
        if (!matcher.matches()) throw new VxmlEvent(VxmlEvent.SEMANTIC, "not a time designation: '" + designation + "'");
        double number = Double.parseDouble(matcher.group(1));
        return Duration.ofMillis(Math.round(matcher.group(2).equals("s") ? number * 1000 : number));
    }
}
