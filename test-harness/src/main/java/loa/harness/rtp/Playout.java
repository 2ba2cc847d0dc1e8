package loa.harness.rtp;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Frames queued for sending, one each 20 ms tick, and the future that completes with how long was
 * played when the last frame went out or the playout was stopped early (barge-in, hang-up).
 */
public final class Playout {
    private static final Duration FRAME = Duration.ofMillis(20);

    private final List<byte[]> frames;
    private final CompletableFuture<Duration> done = new CompletableFuture<>();
    private int next;

    Playout(List<byte[]> frames) {
        this.frames = List.copyOf(frames);
        if (this.frames.isEmpty()) {
            done.complete(Duration.ZERO);
        }
    }

    /** Completes with the duration played; never exceptionally. */
    public CompletableFuture<Duration> done() {
        return done;
    }

    /** Stops sending; the future completes with what went out so far. No effect once done. */
    public synchronized void stop() {
        done.complete(played());
    }

    public boolean isDone() {
        return done.isDone();
    }

    /** The next frame to send, or null when done; called by the engine's clock only. */
    synchronized byte[] nextFrame() {
        if (done.isDone()) {
            return null;
        }
        byte[] frame = frames.get(next++);
        if (next == frames.size()) {
            done.complete(played());
        }
        return frame;
    }

    private Duration played() {
        return FRAME.multipliedBy(next);
    }
}
