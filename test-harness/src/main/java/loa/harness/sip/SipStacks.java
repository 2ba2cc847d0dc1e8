package loa.harness.sip;

import gov.nist.core.CommonLogger;
import loa.sip.Slf4jServerLogger;
import loa.sip.Slf4jStackLogger;
import gov.nist.javax.sip.SipStackImpl;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.ListeningPoint;
import javax.sip.PeerUnavailableException;
import javax.sip.SipStack;

/** Makes JAIN-SIP RI stacks logging through SLF4J, and binds their UDP listening points. */
final class SipStacks {
    static final String HOST = "127.0.0.1";
    private static final int BIND_ATTEMPTS = 20;
    private static final AtomicInteger STACKS = new AtomicInteger();

    static {
        // Classes of the RI may log before a stack names its logger; without this they reach for log4j.
        CommonLogger.legacyLogger = new Slf4jStackLogger();
    }

    private SipStacks() {
    }

    static SipStack create(String name) throws PeerUnavailableException {
        Properties properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", name + "-" + STACKS.incrementAndGet());
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        properties.setProperty("gov.nist.javax.sip.SERVER_LOGGER", Slf4jServerLogger.class.getName());
        properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "4");
        properties.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        properties.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", "1048576");
        properties.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", "1048576");
        return new SipStackImpl(properties);
    }

    /**
     * A UDP listening point on {@code port} of 127.0.0.1; for port 0 an ephemeral port, found by
     * binding and releasing a socket (the RI would otherwise put port 0 in its Via and Contact),
     * tried again should another process take it in between.
     */
    static ListeningPoint listen(SipStack stack, int port) throws Exception {
        if (port != 0) {
            return stack.createListeningPoint(HOST, port, ListeningPoint.UDP);
        }
        Exception last = null;
        for (int attempt = 0; attempt < BIND_ATTEMPTS; attempt++) {
            try {
                return stack.createListeningPoint(HOST, freeUdpPort(), ListeningPoint.UDP);
            } catch (javax.sip.InvalidArgumentException e) {
                last = e;
            }
        }
        throw last;
    }

    /**
     * Waits (a second at most) until the stack's UDP processor runs. The RI makes its channel list
     * on the processor's own thread, so a stack stopped before then fails with a
     * NullPointerException and keeps its socket; the channel threads' names say it has run.
     */
    static void awaitRunning(SipStack stack) {
        String prefix = stack.getStackName() + "-UDPMessageChannelThread-";
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith(prefix))
                && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L);
        }
    }

    /** Runs {@code work} on a new thread of {@code group} and waits for it. */
    static <T> T inGroup(ThreadGroup group, java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        Thread starter = new Thread(group, task, group.getName() + "-start");
        starter.start();
        try {
            return task.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** A UDP port of 127.0.0.1 free a moment ago. */
    static int freeUdpPort() throws IOException {
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(HOST), 0))) {
            return probe.getLocalPort();
        }
    }
}
