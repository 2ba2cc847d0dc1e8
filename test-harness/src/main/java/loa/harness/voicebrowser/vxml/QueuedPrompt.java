package loa.harness.voicebrowser.vxml;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A prompt in the queue (VoiceXML 2.0 §4.1.8): what it says, whether a key may cut it short,
 * and its own {@code timeout} attribute, null when it has none.
 */
record QueuedPrompt(List<Speech> parts, boolean bargein, Duration timeout) {

    /** One piece of a prompt, played in order. */
    sealed interface Speech {
    }

    /** An audio file, and its content as fallback (§4.1.3); {@code src} is null when it named no usable URI. */
    record Audio(URI src, String fallback) implements Speech {
    }

    /** Text to speak (plain text and {@code <value>}). */
    record Text(String text) implements Speech {
    }

    /** A {@code <break>}. */
    record Pause(Duration length) implements Speech {
    }
}
