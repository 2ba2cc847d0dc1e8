package loa.harness.voicebrowser;

import java.time.Duration;
import java.util.Optional;

/**
 * One call's audio as the VoiceXML interpreter sees it. The voice browser's RTP session is the
 * real one (prompts streamed as 20 ms G.711 packets in real time, RFC 4733 digits collected);
 * tests of the interpreter alone may use a double.
 *
 * <p>Threading: the interpreter calls these from the call's own thread, one at a time. Key
 * presses arrive on other threads and are queued until {@link #nextDigit} takes them.
 */
public interface CallMedia {

    /**
     * Plays a prompt and returns when it has been played out. {@code wav} is the prompt's WAV
     * file (8 kHz mono, A-law, mu-law or 16-bit linear); when null (the audio could not be
     * fetched), {@code silence} of silence is played instead, as a voice browser without speech
     * synthesis would. With {@code bargein}, a key press ends the prompt early; the key stays
     * queued for {@link #nextDigit}.
     *
     * @return how long was played
     * @throws HangUpException when the caller hung up before or while it played
     */
    Duration play(byte[] wav, Duration silence, boolean bargein) throws HangUpException;

    /**
     * The next key the caller pressed ({@code 0-9 * # A-D}), waiting at most {@code timeout}.
     *
     * @return the key, or empty when none came in time
     * @throws HangUpException when the caller hung up
     */
    Optional<Character> nextDigit(Duration timeout) throws HangUpException;

    /** Ends the call from the voice browser's side (a SIP BYE); no effect once it has ended. */
    void disconnect();
}
