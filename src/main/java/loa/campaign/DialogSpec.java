package loa.campaign;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The campaign's VoiceXML dialog: the entry template and the closing template that follows the
 * answer (under vxml/), the prompts they play (name to file under prompts/), its expected
 * length, and the designer's input settings.
 */
public record DialogSpec(String entry, String closing, Map<String, String> prompts, Duration expectedDuration,
                         int noInputReprompts, Duration inputTimeout, boolean speech) {
    public DialogSpec {
        prompts = Collections.unmodifiableMap(new LinkedHashMap<>(prompts)); // in the campaign file's order
    }
}
