package loa.harness.voicebrowser;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import loa.harness.rtp.G711;
import loa.harness.rtp.Playout;
import loa.harness.rtp.RtpSession;
import loa.harness.rtp.Wav;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CallMedia} over the call's real RTP session: prompts go out as 20 ms G.711 packets in real
 * time on the engine's clock, RFC 4733 key presses queue up for {@link #nextDigit} (and stop a
 * barge-in prompt), and the caller's BYE wakes whatever the dialog is waiting on.
 */
final class RtpCallMedia implements CallMedia {
    private static final Logger log = LoggerFactory.getLogger(RtpCallMedia.class);
    /** Typeahead kept for the dialog; more keys than this are dropped. */
    static final int MAX_QUEUED_KEYS = 64;
    private static final char HUNG_UP = 0;

    private final RtpSession session;
    private final Runnable sendBye;
    private final LinkedBlockingQueue<Character> keys = new LinkedBlockingQueue<>(MAX_QUEUED_KEYS);
    private volatile Playout playing;
    private volatile boolean bargein;
    private volatile boolean ended;

    /** {@code sendBye} ends the call from the browser's side; it runs once at most. */
    RtpCallMedia(RtpSession session, Runnable sendBye) {
        this.session = session;
        this.sendBye = sendBye;
        session.onDigit(this::keyPressed);
    }

    @Override
    public Duration play(byte[] wav, Duration silence, boolean bargein) throws HangUpException {
        checkConnected();
        this.bargein = bargein;
        Playout playout = session.play(frames(wav, silence));
        playing = playout;
        if (bargein && !keys.isEmpty()) {
            playout.stop();
        }
        Duration played = await(playout);
        checkConnected();
        return played;
    }

    @Override
    public Optional<Character> nextDigit(Duration timeout) throws HangUpException {
        checkConnected();
        try {
            Character key = keys.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            checkConnected();
            return Optional.ofNullable(key);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HangUpException();
        }
    }

    @Override
    public void disconnect() {
        if (!ended) {
            end();
            sendBye.run();
        }
    }

    /** The caller hung up (or the call is gone): whatever the dialog waits on ends with {@link HangUpException}. */
    void hungUp() {
        end();
    }

    boolean isEnded() {
        return ended;
    }

    private void keyPressed(char key) {
        if (!keys.offer(key)) {
            log.debug("key {} dropped: {} keys already waiting", key, MAX_QUEUED_KEYS);
        }
        Playout current = playing;
        if (bargein && current != null) {
            current.stop();
        }
    }

    private void end() {
        ended = true;
        Playout current = playing;
        if (current != null) {
            current.stop();
        }
        keys.offer(HUNG_UP);
    }

    private List<byte[]> frames(byte[] wav, Duration silence) {
        G711 codec = session.format().codec();
        if (wav != null) {
            try {
                return Wav.read(wav).frames(codec);
            } catch (IllegalArgumentException e) {
                log.warn("prompt not playable ({}): playing {} ms of silence", e.getMessage(), silence.toMillis());
            }
        }
        return Wav.silence(codec, silence);
    }

    private static Duration await(Playout playout) throws HangUpException {
        try {
            return playout.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HangUpException();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a playout never fails", e);
        }
    }

    private void checkConnected() throws HangUpException {
        if (ended) {
            throw new HangUpException();
        }
    }
}
