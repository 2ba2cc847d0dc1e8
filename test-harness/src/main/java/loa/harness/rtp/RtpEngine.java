package loa.harness.rtp;

import loa.harness.NamedThreads;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RTP side of one endpoint: opens sessions on ephemeral ports of 127.0.0.1, paces all their
 * sending with one clock ticking every 20 ms at a fixed rate (so there is no drift from sleeping),
 * and receives for all of them on one selector thread.
 */
public final class RtpEngine {
    private static final Logger log = LoggerFactory.getLogger(RtpEngine.class);
    /** RFC 3551 §4.5: 20 ms of audio a packet. */
    public static final long PACKET_MILLIS = 20;

    private final String name;
    private final Set<RtpSession> sessions = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService clock;
    private RtpReceiveLoop receiveLoop;

    /** {@code name} prefixes the engine's thread names. */
    public RtpEngine(String name) {
        this.name = name;
    }

    public synchronized void start() {
        if (clock != null) {
            return;
        }
        receiveLoop = RtpReceiveLoop.start(new NamedThreads(name + "-rtp-receive"));
        clock = Executors.newSingleThreadScheduledExecutor(new NamedThreads(name + "-rtp-clock"));
        clock.scheduleAtFixedRate(this::tick, PACKET_MILLIS, PACKET_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Closes every session, then stops the clock and the receive thread. */
    public synchronized void stop() {
        if (clock == null) {
            return;
        }
        sessions.forEach(RtpSession::close);
        clock.shutdownNow();
        receiveLoop.stop();
        awaitClock();
        clock = null;
    }

    /** A new session on an ephemeral UDP port of 127.0.0.1. */
    public RtpSession open() throws IOException {
        if (clock == null) {
            throw new IllegalStateException("RTP engine " + name + " is not started");
        }
        DatagramChannel channel = DatagramChannel.open();
        channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        channel.configureBlocking(false);
        RtpSession session = new RtpSession(this, channel);
        sessions.add(session);
        receiveLoop.register(session);
        return session;
    }

    /** Sessions open now. */
    public int sessions() {
        return sessions.size();
    }

    void forget(RtpSession session) {
        sessions.remove(session);
    }

    private void tick() {
        for (RtpSession session : sessions) {
            try {
                session.tick();
            } catch (RuntimeException e) {
                log.warn("RTP session on port {} failed to send: {}", session.channel().socket().getLocalPort(), e.toString());
            }
        }
    }

    private void awaitClock() {
        try {
            clock.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
