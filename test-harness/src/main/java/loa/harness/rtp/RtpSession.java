package loa.harness.rtp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * One call's RTP stream on its own UDP port of 127.0.0.1, opened by an {@link RtpEngine}: sends
 * on the engine's 20 ms clock to the peer given by {@link #connect}, receives on the engine's
 * receive thread. Thread-safe.
 */
public final class RtpSession implements AutoCloseable {
    private final RtpEngine engine;
    private final DatagramChannel channel;
    private final RtpSender sender;
    private final RtpReceiver receiver = new RtpReceiver();

    RtpSession(RtpEngine engine, DatagramChannel channel) {
        this.engine = engine;
        this.channel = channel;
        this.sender = new RtpSender(channel);
    }

    public InetSocketAddress localAddress() {
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException("RTP session closed", e);
        }
    }

    public int localPort() {
        return localAddress().getPort();
    }

    /** Starts sending to {@code remote} in {@code format}; receiving works from the start. */
    public void connect(InetSocketAddress remote, MediaFormat format) {
        receiver.eventPayloadType(format.eventPayloadType());
        sender.connect(remote, format);
    }

    /** The format given to {@link #connect}, or null before. */
    public MediaFormat format() {
        return sender.format();
    }

    /** With {@code on}, 20 ms of silence goes out on every tick that has nothing else to send. */
    public void sendSilenceWhenIdle(boolean on) {
        sender.silenceWhenIdle(on);
    }

    /** Queues 20 ms payloads in the connected codec, replacing (and stopping) any playout in progress. */
    public Playout play(List<byte[]> frames) {
        return sender.play(frames);
    }

    /** Sends a key press as an RFC 4733 event lasting about {@code duration}, after any queued before it. */
    public void sendDigit(char digit, Duration duration) {
        sender.sendDigit(digit, (int) (duration.toMillis() * G711.CLOCK_RATE / 1000));
    }

    /** Called on the receive thread once per key the peer presses: keep it short. */
    public void onDigit(Consumer<Character> listener) {
        receiver.onDigit(listener);
    }

    /** Runs {@code action} once {@code audio} of G.711 has been received (on the receive thread: keep it short). */
    public void whenHeard(Duration audio, Runnable action) {
        receiver.whenHeard(audio, action);
    }

    public RtpStats stats() {
        return new RtpStats(sender.packetsSent(), sender.digitsSent(), receiver.stats());
    }

    /** Stops sending and receiving and frees the port; idempotent. */
    @Override
    public void close() {
        sender.stop();
        engine.forget(this);
        try {
            channel.close();
        } catch (IOException e) {
            // Closing a datagram channel does not fail in a way anyone could act on.
        }
    }

    DatagramChannel channel() {
        return channel;
    }

    void tick() {
        sender.tick();
    }

    void received(RtpPacket packet) {
        receiver.onPacket(packet);
    }
}
