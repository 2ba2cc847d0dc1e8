package loa.harness.voicebrowser.vxml;

import java.time.Duration;
import java.util.Optional;
import loa.harness.voicebrowser.CallLog.Kind;
import loa.harness.voicebrowser.HangUpException;
import loa.harness.voicebrowser.vxml.QueuedPrompt.Audio;
import loa.harness.voicebrowser.vxml.QueuedPrompt.Pause;
import loa.harness.voicebrowser.vxml.QueuedPrompt.Speech;
import loa.harness.voicebrowser.vxml.QueuedPrompt.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the prompt queue (VoiceXML 2.0 §4.1.8): prompts wait in it until the interpreter waits
 * for input, fetches a document or ends. This browser has no speech synthesis: text, and audio
 * that cannot be played, are silence as long as the text would take to say. Stateless.
 */
final class PromptPlayer {
    private static final Logger log = LoggerFactory.getLogger(PromptPlayer.class);
    static final Duration SPEAKING_TIME_PER_CHARACTER = Duration.ofMillis(60);
    static final Duration SHORTEST_SPEECH = Duration.ofMillis(500);
    private static final int QUOTED_CHARACTERS = 60;

    private final AudioFetcher audio;

    PromptPlayer(AudioFetcher audio) {
        this.audio = audio;
    }

    /**
     * Plays every queued prompt in order; once nobody is on the line they are dropped. A hang-up
     * while playing drops the rest and is thrown as connection.disconnect.hangup.
     *
     * @return the timeout attribute of the last prompt played, which governs the input after it
     */
    Optional<Duration> flush(Call call) {
        Duration timeout = null;
        try {
            for (QueuedPrompt prompt : call.takeQueue()) {
                if (!call.connected()) return Optional.empty();
                for (Speech part : prompt.parts()) play(call, part, prompt.bargein());
                timeout = prompt.timeout();
            }
        } catch (HangUpException e) {
            call.takeQueue();
            throw call.callerHungUp();
        }
        return Optional.ofNullable(timeout);
    }

    static Duration speakingTime(String text) {
        Duration speaking = SPEAKING_TIME_PER_CHARACTER.multipliedBy(text.codePointCount(0, text.length()));
        return speaking.compareTo(SHORTEST_SPEECH) < 0 ? SHORTEST_SPEECH : speaking;
    }

    private void play(Call call, Speech part, boolean bargein) throws HangUpException {
        if (part instanceof Audio clip) playAudio(call, clip, bargein);
        else if (part instanceof Text text) speak(call, text.text(), bargein, "");
        else if (part instanceof Pause pause && !pause.length().isZero()) {
            Duration played = call.media().play(null, pause.length(), bargein);
            call.log().add(Kind.PLAYED, "break " + played.toMillis() + "ms");
        }
    }

    /** The file if it plays; else its fallback (§4.1.3), and when there is none, nothing and no error. */
    private void playAudio(Call call, Audio clip, boolean bargein) throws HangUpException {
        Optional<byte[]> wav = clip.src() == null ? Optional.empty() : audio.wav(call, clip.src());
        if (wav.isPresent()) {
            Duration played = call.media().play(wav.get(), Duration.ZERO, bargein);
            call.log().add(Kind.PLAYED, clip.src() + " " + played.toMillis() + "ms");
        } else if (!clip.fallback().isEmpty()) {
            speak(call, clip.fallback(), bargein, " instead of " + clip.src());
        } else {
            log.warn("Audio {} cannot be played and has no fallback: nothing is played", clip.src());
        }
    }

    private void speak(Call call, String text, boolean bargein, String note) throws HangUpException {
        Duration played = call.media().play(null, speakingTime(text), bargein);
        call.log().add(Kind.PLAYED, "tts " + played.toMillis() + "ms \"" + quoted(text) + "\"" + note);
    }

    private static String quoted(String text) {
        if (text.codePointCount(0, text.length()) <= QUOTED_CHARACTERS) return text;
        return text.substring(0, text.offsetByCodePoints(0, QUOTED_CHARACTERS)) + "…";
    }
}
