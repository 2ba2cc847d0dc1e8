package loa.harness.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session's sending side, driven by its engine's 20 ms clock: each tick sends at most one
 * packet (a key press in progress, else the playout's next frame, else silence when asked) and
 * advances the media clock by 160 samples whether or not it sent (RFC 3550 §5.1: the timestamp
 * follows the sampling clock). Only the clock thread calls {@link #tick}.
 */
final class RtpSender {
    private static final Logger log = LoggerFactory.getLogger(RtpSender.class);
    private static final int MAX_QUEUED_DIGITS = 32;

    private final DatagramChannel channel;
    private final long ssrc = ThreadLocalRandom.current().nextLong(1L << 32);
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(1500);
    private final AtomicReference<Playout> playout = new AtomicReference<>();
    private final Queue<DigitEvent> digits = new ConcurrentLinkedQueue<>();
    private final List<Character> digitsSent = new ArrayList<>();
    private final AtomicLong packetsSent = new AtomicLong();
    private volatile InetSocketAddress remote;
    private volatile MediaFormat format;
    private volatile boolean silenceWhenIdle;
    private int sequence = ThreadLocalRandom.current().nextInt(1 << 16);
    private long timestamp = ThreadLocalRandom.current().nextLong(1L << 32);
    private boolean talking;
    private boolean failing;

    RtpSender(DatagramChannel channel) {
        this.channel = channel;
    }

    void connect(InetSocketAddress remote, MediaFormat format) {
        this.format = format;
        this.remote = remote;
    }

    MediaFormat format() {
        return format;
    }

    void silenceWhenIdle(boolean on) {
        silenceWhenIdle = on;
    }

    Playout play(List<byte[]> frames) {
        Playout next = new Playout(frames);
        Playout previous = playout.getAndSet(next);
        if (previous != null) {
            previous.stop();
        }
        return next;
    }

    void sendDigit(char digit, int durationInSamples) {
        if (digits.size() >= MAX_QUEUED_DIGITS) {
            throw new IllegalStateException("more than " + MAX_QUEUED_DIGITS + " key presses queued");
        }
        digits.add(new DigitEvent(digit, durationInSamples));
    }

    long packetsSent() {
        return packetsSent.get();
    }

    List<Character> digitsSent() {
        synchronized (digitsSent) {
            return List.copyOf(digitsSent);
        }
    }

    void tick() {
        InetSocketAddress to = remote;
        if (to == null) {
            return;
        }
        RtpPacket packet = nextPacket();
        timestamp = (timestamp + G711.SAMPLES_PER_FRAME) & 0xFFFF_FFFFL;
        if (packet != null) {
            send(packet, to);
        }
    }

    void stop() {
        remote = null;
        Playout current = playout.get();
        if (current != null) {
            current.stop();
        }
    }

    private RtpPacket nextPacket() {
        DigitEvent digit = digits.peek();
        if (digit != null && format.hasEvents()) {
            return digitPacket(digit);
        }
        if (digit != null) {
            log.warn("The peer takes no telephone-event: key {} not sent", digits.poll().digit());
        }
        byte[] frame = nextFrame();
        boolean marker = frame != null && !talking;
        talking = frame != null;
        return frame == null ? null : new RtpPacket(marker, format.audioPayloadType(), sequence++, timestamp, ssrc, frame);
    }

    private RtpPacket digitPacket(DigitEvent digit) {
        talking = false;
        RtpPacket packet = digit.next(timestamp, format.eventPayloadType(), sequence++, ssrc);
        if (packet.marker()) {
            synchronized (digitsSent) {
                digitsSent.add(digit.digit());
            }
        }
        if (digit.isFinished()) {
            digits.poll();
        }
        return packet;
    }

    private byte[] nextFrame() {
        Playout current = playout.get();
        byte[] frame = current == null ? null : current.nextFrame();
        if (frame == null && silenceWhenIdle) {
            return format.codec().silenceFrame();
        }
        return frame;
    }

    private void send(RtpPacket packet, InetSocketAddress to) {
        buffer.clear();
        packet.writeTo(buffer);
        buffer.flip();
        try {
            channel.send(buffer, to);
            packetsSent.incrementAndGet();
            failing = false;
        } catch (IOException e) {
            if (!failing) {
                log.debug("RTP to {} not sent: {}", to, e.toString());
            }
            failing = true;
        }
    }
}
