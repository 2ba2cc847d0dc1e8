package loa.harness.rtp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One thread reading the datagrams of all an engine's sessions through one selector. */
final class RtpReceiveLoop implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(RtpReceiveLoop.class);

    private final Selector selector;
    private final Queue<RtpSession> pending = new ConcurrentLinkedQueue<>();
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(2048);
    private final Thread thread;
    private volatile boolean running = true;

    private RtpReceiveLoop(ThreadFactory threads) throws IOException {
        this.selector = Selector.open();
        this.thread = threads.newThread(this);
    }

    static RtpReceiveLoop start(ThreadFactory threads) {
        try {
            RtpReceiveLoop loop = new RtpReceiveLoop(threads);
            loop.thread.start();
            return loop;
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a selector for RTP", e);
        }
    }

    void register(RtpSession session) {
        pending.add(session);
        selector.wakeup();
    }

    void stop() {
        running = false;
        selector.wakeup();
        try {
            thread.join(1000);
            selector.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.debug("closing the RTP selector: {}", e.toString());
        }
    }

    @Override
    public void run() {
        try {
            while (running) {
                selector.select();
                registerPending();
                selector.selectedKeys().forEach(this::drain);
                selector.selectedKeys().clear();
            }
        } catch (IOException | ClosedSelectorException e) {
            log.warn("RTP receive loop ended: {}", e.toString());
        }
    }

    private void registerPending() {
        for (RtpSession session = pending.poll(); session != null; session = pending.poll()) {
            try {
                session.channel().register(selector, SelectionKey.OP_READ, session);
            } catch (IOException e) {
                log.debug("RTP session closed before it was registered: {}", e.toString());
            }
        }
    }

    private void drain(SelectionKey key) {
        RtpSession session = (RtpSession) key.attachment();
        DatagramChannel channel = (DatagramChannel) key.channel();
        try {
            for (buffer.clear(); key.isValid() && channel.receive(buffer) != null; buffer.clear()) {
                buffer.flip();
                deliver(session, buffer);
            }
        } catch (IOException e) {
            key.cancel();
        }
    }

    private static void deliver(RtpSession session, ByteBuffer datagram) {
        try {
            session.received(RtpPacket.parse(datagram));
        } catch (IllegalArgumentException e) {
            log.debug("not an RTP packet: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("RTP listener failed on port {}", session.localPort(), e);
        }
    }
}
