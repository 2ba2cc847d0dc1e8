package loa.harness.rtp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A session's receiving side: counts packets and G.711 samples heard, and turns RFC 4733 event
 * packets into key presses, each once: every packet of one event carries the event's start
 * timestamp (§2.5.1.2), so a new timestamp is a new key and repeats are dropped. Only the engine's
 * receive thread calls {@link #onPacket}.
 */
final class RtpReceiver {
    private final AtomicLong packets = new AtomicLong();
    private final AtomicLong audioPackets = new AtomicLong();
    private final AtomicLong audioSamples = new AtomicLong();
    private final List<Character> digits = new ArrayList<>();
    private final List<HearingWatch> watches = new ArrayList<>();
    private volatile int eventPayloadType = TelephoneEvent.DEFAULT_PAYLOAD_TYPE;
    private volatile Consumer<Character> digitListener = digit -> { };
    private long lastEventTimestamp = -1;

    private record HearingWatch(long samples, Runnable action) {
    }

    void eventPayloadType(int payloadType) {
        eventPayloadType = payloadType;
    }

    void onDigit(Consumer<Character> listener) {
        digitListener = listener;
    }

    /** Runs {@code action} (on the receive thread: keep it short) once this much audio has come in. */
    synchronized void whenHeard(Duration audio, Runnable action) {
        watches.add(new HearingWatch(audio.toMillis() * G711.CLOCK_RATE / 1000, action));
        fireWatches();
    }

    void onPacket(RtpPacket packet) {
        packets.incrementAndGet();
        if (packet.payloadType() == eventPayloadType) {
            onEvent(packet);
        } else if (G711.ofPayloadType(packet.payloadType()) != null) {
            audioPackets.incrementAndGet();
            audioSamples.addAndGet(packet.payload().length);
            synchronized (this) {
                fireWatches();
            }
        }
    }

    RtpStats.Received stats() {
        synchronized (digits) {
            return new RtpStats.Received(packets.get(), audioPackets.get(),
                    Duration.ofMillis(audioSamples.get() * 1000 / G711.CLOCK_RATE), List.copyOf(digits));
        }
    }

    private void onEvent(RtpPacket packet) {
        if (packet.timestamp() == lastEventTimestamp || packet.payload().length < TelephoneEvent.LENGTH) {
            return;
        }
        lastEventTimestamp = packet.timestamp();
        char digit = TelephoneEvent.parse(packet.payload()).digit();
        if (digit != 0) {
            synchronized (digits) {
                digits.add(digit);
            }
            digitListener.accept(digit);
        }
    }

    private void fireWatches() {
        if (watches.isEmpty()) {
            return;
        }
        List<HearingWatch> due = new ArrayList<>();
        watches.removeIf(w -> w.samples() <= audioSamples.get() && due.add(w));
        due.forEach(w -> w.action().run());
    }
}
